package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One server on its own WildFly JVM: the installation the data directory shares, the party's own server base
 * directory (configured by docs/deploy.md's {@code setup.sh}), the adapter, the root module and the party's deployable (the mall's EAR, the others' WARs) copied into its
 * deployments at each start. Its HTTP port is the party's; every other port of WildFly is moved by a port offset of
 * its own (100, 200, 300), so the management port, where readiness answers, is 9990 plus that offset. The log is
 * WildFly's own {@code server.log}, capped by the configuration; the console keeps only the boot messages. With
 * {@code --tls} it boots {@value WildflyInstall#TLS_CONFIGURATION}, whose only listener is HTTPS on the party's port;
 * its management port (readiness) stays plain HTTP on 127.0.0.1.
 */
public final class WildflyInstance extends ServerJvm {

    private static final String JAVA_OPTS = "-Xms64m -Xmx384m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m"
            + " -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
            + " -Djboss.as.management.blocking.timeout=120";

    private final WildflyInstall install;
    private final Path runtime;
    private final Path base;
    private final Path console;
    private final int offset;
    private final Transport transport;
    private final Path tlsOptions;

    WildflyInstance(Server server, int port, Path runtime, WildflyInstall install, DataDirectory data,
                    Transport transport) {
        super(server, port, ServerLog.wildfly(data.serverLog(server)));
        this.install = install;
        this.runtime = runtime;
        this.base = install.serverBase(server, data);
        this.console = data.server(server).resolve("console.log");
        this.transport = transport;
        this.tlsOptions = data.server(server).resolve("tls.options");
        if (transport.encrypted()) {
            install.tlsConfiguration(server, data);
        }
        this.offset = 100 * (server.ordinal() + 1);
        if (port <= offset) {
            throw new LaunchFailure("on WildFly, " + server.id() + " needs a port above " + offset + ": " + port);
        }
    }

    @Override
    public URI healthReady() {
        return URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
    }

    @Override
    public String scheme() {
        return transport.scheme();
    }

    @Override
    String runtimeName() {
        return "WildFly";
    }

    @Override
    ProcessBuilder command(String brokerUrl, Map<String, String> environment) {
        deploy(runtime.resolve(PayaraFiles.RESOURCE_ADAPTER + ".rar"), runtime.resolve(RuntimeDirectory.ROOT_MODULE),
                runtime.resolve(server().deployable(ServerRuntime.WILDFLY)));
        boolean tls = transport.encrypted();
        ProcessBuilder builder = new ProcessBuilder("bash", install.home().resolve("bin/standalone.sh").toString(),
                "-c", tls ? WildflyInstall.TLS_CONFIGURATION : "standalone-full.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.server.log.dir=" + logFile().getParent(),
                "-Djboss.socket.binding.port-offset=" + offset,
                (tls ? "-Djboss.https.port=" : "-Djboss.http.port=") + (port() - offset),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1")
                .directory(base.toFile())
                .redirectOutput(console.toFile());
        // the script forwards a SIGTERM to the JVM only when it runs it in the background
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // with TLS: the key and trust stores with their password, from a file of the owner's (java @file), which the
        // HTTPS listener, the partner calls and the resource adapter's ssl:// connection all read
        builder.environment().put("JAVA_OPTS", JAVA_OPTS + transport.material()
                .map(material -> " @" + material.writeJvmOptions(tlsOptions, server().id())).orElse(""));
        return builder;
    }

    /** The deployments as built, and nothing else: markers and earlier copies of a former run go. */
    private void deploy(Path... deployables) {
        Path deployments = base.resolve("deployments");
        try {
            Files.createDirectories(deployments);
            try (Stream<Path> old = Files.list(deployments)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Path deployable : List.of(deployables)) {
                Files.copy(deployable, deployments.resolve(deployable.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deploy into " + deployments, e);
        }
    }
}
