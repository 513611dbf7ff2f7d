package io.anonpay.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WildFly installation of a data directory ({@code <data>/wildfly/}), unpacked once from the distribution the
 * build copied into {@code runtime/wildfly/}, and each party's server base directory
 * ({@code <data>/<party>/wildfly/}), configured once by the very {@code setup.sh} and {@code configure.cli} that
 * docs/deploy.md shows.
 */
final class WildflyInstall {

    static final String DIRECTORY = "wildfly";
    /** The configuration of a party that serves HTTPS only ({@code --tls}), made from its plain one by tls.cli. */
    static final String TLS_CONFIGURATION = "standalone-full-tls.xml";
    private static final List<String> FILES = List.of("wildfly-dist.zip", "eclipselink.jar", "setup.sh", "configure.cli",
            "tls.cli");

    private final Path runtime;
    private final Path home;

    private WildflyInstall(Path runtime, Path home) {
        this.runtime = runtime;
        this.home = home;
    }

    /** The files the build puts into {@code runtime/wildfly/}. */
    static List<String> files() {
        return FILES.stream().map(file -> DIRECTORY + "/" + file).toList();
    }

    /** Unpacks the distribution into {@code <data>/wildfly/} unless a former run did. */
    static WildflyInstall prepare(Path runtime, DataDirectory data) {
        Path root = data.root().resolve(DIRECTORY);
        try {
            Path home = unpackedHome(root);
            if (home == null) {
                Archive.unzip(runtime.resolve(DIRECTORY).resolve("wildfly-dist.zip"), root);
                home = unpackedHome(root);
                if (home == null) {
                    throw new LaunchFailure("the WildFly distribution in " + runtime + " has no bin/standalone.sh");
                }
            }
            return new WildflyInstall(runtime, home);
        } catch (IOException e) {
            throw new LaunchFailure("cannot unpack WildFly into " + root + ": " + e.getMessage(), e);
        }
    }

    Path home() {
        return home;
    }

    /**
     * The party's server base directory, configured for it unless a former run did: a copy of the installation's
     * {@code standalone/} to which {@code setup.sh} applies {@code configure.cli}.
     */
    Path serverBase(Server server, DataDirectory data) {
        Path base = data.server(server).resolve(DIRECTORY);
        if (Files.isRegularFile(base.resolve("configuration/standalone-full.xml"))) {
            return base;
        }
        Path wildfly = runtime.resolve(DIRECTORY);
        try {
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Process setup = new ProcessBuilder("bash", wildfly.resolve("setup.sh").toString(), home.toString(),
                    server.id(), runtime.resolve(RuntimeDirectory.JDBC_DRIVER).toString(),
                    wildfly.resolve("eclipselink.jar").toString(), base.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(data.server(server).resolve("wildfly-setup.log").toFile())
                    .start();
            if (!setup.waitFor(5, TimeUnit.MINUTES) || setup.exitValue() != 0) {
                setup.destroyForcibly();
                Files.deleteIfExists(base.resolve("configuration/standalone-full.xml"));
                throw new LaunchFailure("setting up WildFly for " + server.id() + " failed: see "
                        + data.server(server).resolve("wildfly-setup.log"));
            }
            return base;
        } catch (IOException e) {
            throw new LaunchFailure("cannot set up WildFly for " + server.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while setting up WildFly for " + server.id(), e);
        }
    }

    /**
     * The party's HTTPS-only configuration, made unless a former run did: a copy of its configured
     * {@code standalone-full.xml} to which {@code tls.cli} is applied offline. The file names the key store and its
     * password by the JVM's {@code javax.net.ssl} properties only; the CLI merely resolves them, so it gets
     * placeholders, and no secret reaches the file or this command line.
     */
    void tlsConfiguration(Server server, DataDirectory data) {
        Path configuration = serverBase(server, data).resolve("configuration");
        Path tls = configuration.resolve(TLS_CONFIGURATION);
        if (Files.isRegularFile(tls)) {
            return;
        }
        Path log = data.server(server).resolve("wildfly-tls-setup.log");
        try {
            Files.copy(configuration.resolve("standalone-full.xml"), tls);
            ProcessBuilder cli = new ProcessBuilder("bash", home.resolve("bin/jboss-cli.sh").toString(),
                    "--file=" + runtime.resolve(DIRECTORY).resolve("tls.cli"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            cli.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + configuration.getParent()
                    + " -Djboss.server.config.dir=" + configuration
                    + " -Djavax.net.ssl.keyStore=resolved-at-start -Djavax.net.ssl.keyStorePassword=resolved-at-start");
            Process process = cli.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                Files.deleteIfExists(tls);
                throw new LaunchFailure("setting up HTTPS on WildFly for " + server.id() + " failed: see " + log);
            }
        } catch (IOException e) {
            throw new LaunchFailure("cannot set up HTTPS on WildFly for " + server.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while setting up HTTPS on WildFly for " + server.id(), e);
        }
    }

    private static Path unpackedHome(Path root) throws IOException {
        return Archive.unpackedFolder(root, "bin/standalone.sh");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
