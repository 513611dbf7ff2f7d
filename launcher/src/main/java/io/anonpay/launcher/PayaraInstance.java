package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One server on its own Payara Micro JVM: the resources of docs/deploy.md defined by post-boot commands, its own
 * port, temp dir and log, configured through environment variables. All its output goes to {@code server.log}
 * (with {@code --logproperties}, Payara Micro ignores {@code --logtofile}), never to the launcher's terminal.
 */
public final class PayaraInstance extends ServerJvm {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            // glibc keeps freed native memory (class loading, deployment) unless asked to give it back
            "-XX:TrimNativeHeapInterval=5000");

    private static final String PAYARA_BOOT_RACE = "zip file closed";

    private final Path runtime;
    private final Path home;
    private final Path tmp;
    private final Transport transport;
    private volatile boolean bootRetried;

    PayaraInstance(Server server, int port, Path runtime, DataDirectory data, Transport transport) {
        this(server, port, runtime, data.server(server), data.tmp(server), data.serverLog(server), transport);
    }

    /** An instance with a home, temp dir and log of its own, e.g. a second instance of a server. */
    PayaraInstance(Server server, int port, Path runtime, Path home, Path tmp, Path logFile, Transport transport) {
        super(server, port, new ServerLog(logFile));
        this.runtime = runtime;
        this.home = home;
        this.tmp = tmp;
        this.transport = transport;
    }

    @Override
    public String scheme() {
        return transport.scheme();
    }

    @Override
    String runtimeName() {
        return "Payara Micro";
    }

    /**
     * Payara Micro sometimes fails its own boot with "zip file closed": it closes the JVM's cached jar files while
     * another of its threads still reads one (payara/Payara#5001; seen once, when the mall restarted under a load
     * average of 27). Such an instance is started once more; a second failure, or any other, stands.
     */
    @Override
    public Status look(Readiness readiness) {
        Status status = super.look(readiness);
        if (status.ready()) {
            bootRetried = false;
        } else if (status.failed() && !bootRetried && alive()
                && failureRecord().filter(record -> record.contains(PAYARA_BOOT_RACE)).isPresent()) {
            bootRetried = true;
            stop(Duration.ofSeconds(10));
            restart();
            return new Status(false, false, "Payara Micro's own boot failed (" + PAYARA_BOOT_RACE
                    + "); started again");
        }
        return status;
    }

    @Override
    ProcessBuilder command(String brokerUrl, Map<String, String> environment) {
        emptyDirectory(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Djava.io.tmpdir=" + tmp);
        // the key and trust stores with their password, from a file of the owner's rather than the command line
        transport.material().ifPresent(tls -> command.add("@" + tls.writeJvmOptions(home.resolve("tls.options"),
                server().id())));
        command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString(),
                "--nohazelcast", "--disablephonehome", "--name", server().id()));
        // with TLS, the port is the HTTPS listener's and the plain one is disabled before boot
        command.addAll(transport.encrypted()
                ? List.of("--sslport", Integer.toString(port()), "--sslcert", TlsMaterial.ALIAS)
                : List.of("--port", Integer.toString(port())));
        command.addAll(List.of(
                "--logproperties", PayaraFiles.writeLogging(home).toString(),
                "--prebootcommandfile", PayaraFiles.writePreBoot(home, transport.encrypted()).toString(),
                "--postbootcommandfile", PayaraFiles.writePostBoot(home, brokerUrl,
                        runtime.resolve(PayaraFiles.RESOURCE_ADAPTER + ".rar"), server()).toString(),
                "--addlibs", runtime.resolve(RuntimeDirectory.JDBC_DRIVER).toString(),
                "--deploy", runtime.resolve(server().warFileName()).toString(),
                // after the party's own: until the party is deployed, nothing answers its paths with a problem
                "--deploy", runtime.resolve(RuntimeDirectory.ROOT_MODULE) + File.pathSeparator + "/"));
        return new ProcessBuilder(command).directory(home.toFile()).redirectOutput(logFile().toFile());
    }

    /** Payara Micro unpacks its runtime there; a killed instance leaves it behind. */
    private static void emptyDirectory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(file -> !file.equals(dir)).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot empty " + dir, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir, e);
        }
    }
}
