package io.anonpay.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder the build fills with what the servers run on: {@code payara-micro.jar}, {@code activemq-rar.rar},
 * {@code postgresql.jar}, the three WARs, the mall's EAR and the root module. By default the {@code runtime/} folder beside the launcher's jar (or beside its classes).
 */
final class RuntimeDirectory {

    /** PostgreSQL's JDBC driver, which the servers' connection pools load (the applications do not bring it). */
    static final String JDBC_DRIVER = "postgresql.jar";

    /**
     * The web module every runtime deploys at "/" beside the party's own (module root-war): a path outside the
     * party's context is answered with a problem, not the runtime's HTML page.
     */
    static final String ROOT_MODULE = "root.war";

    private RuntimeDirectory() {
    }

    static Path locate(Path configured, ServerRuntime kind) {
        Path dir = configured != null ? configured : besideLauncher();
        dir = dir.toAbsolutePath().normalize();
        List<String> missing = new ArrayList<>();
        List<String> needed = new ArrayList<>(List.of("payara-micro.jar", PayaraFiles.RESOURCE_ADAPTER + ".rar",
                JDBC_DRIVER, ROOT_MODULE));
        for (Server server : Server.values()) {
            needed.add(server.deployable(kind));
        }
        if (kind == ServerRuntime.WILDFLY) {
            needed.addAll(WildflyInstall.files());
        } else if (kind == ServerRuntime.PAYARA_SERVER) {
            needed.add(PayaraServerInstall.DISTRIBUTION);
        }
        for (String file : needed) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            throw new LaunchFailure("the runtime folder " + dir + " lacks " + String.join(", ", missing)
                    + ": build first with 'mvn -B -DskipTests package' from the project root, or pass --runtime DIR");
        }
        return dir;
    }

    private static Path besideLauncher() {
        try {
            Path launcher = Path.of(RuntimeDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return launcher.getParent().resolve("runtime");
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("runtime");
        }
    }
}
