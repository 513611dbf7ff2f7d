package io.anonpay.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Payara Server installation of a data directory ({@code <data>/payara-server/}), unpacked once from the
 * distribution the build copied into {@code runtime/payara-server/}, and the way to run its {@code asadmin}.
 */
final class PayaraServerInstall {

    static final String DIRECTORY = "payara-server";
    static final String DISTRIBUTION = DIRECTORY + "/payara.zip";

    private final Path home;

    private PayaraServerInstall(Path home) {
        this.home = home;
    }

    static PayaraServerInstall prepare(Path runtime, DataDirectory data) {
        Path root = data.root().resolve(DIRECTORY);
        try {
            Path home = Archive.unpackedFolder(root, "bin/asadmin");
            if (home == null) {
                Archive.unzip(runtime.resolve(DISTRIBUTION), root);
                home = Archive.unpackedFolder(root, "bin/asadmin");
                if (home == null) {
                    throw new LaunchFailure("the Payara Server distribution in " + runtime + " has no bin/asadmin");
                }
            }
            return new PayaraServerInstall(home);
        } catch (IOException e) {
            throw new LaunchFailure("cannot unpack Payara Server into " + root + ": " + e.getMessage(), e);
        }
    }

    /** {@code asadmin} with these arguments, on the launcher's own Java. */
    ProcessBuilder asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        return builder;
    }

    /** Creates the party's domain under {@code domains} unless a former run did, with the JDBC driver in its lib. */
    void createDomain(Server server, Path domains, int portBase, Path jdbcDriver) {
        Path domain = domains.resolve(server.id());
        if (Files.isRegularFile(domain.resolve("config/domain.xml"))) {
            return;
        }
        Path log = domains.resolveSibling("payara-create-domain.log");
        try {
            Files.createDirectories(domains);
            Process create = asadmin("create-domain", "--nopassword", "--portbase", Integer.toString(portBase),
                    "--domaindir", domains.toString(), server.id())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!create.waitFor(3, TimeUnit.MINUTES) || create.exitValue() != 0) {
                create.destroyForcibly();
                throw new LaunchFailure("creating the Payara Server domain of " + server.id() + " failed: see " + log);
            }
            Files.copy(jdbcDriver, domain.resolve("lib").resolve(jdbcDriver.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchFailure("cannot create the domain of " + server.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while creating the domain of " + server.id(), e);
        }
    }
}
