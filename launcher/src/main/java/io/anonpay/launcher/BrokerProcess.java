package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded ActiveMQ broker in a JVM of its own ({@code io.anonpay.embedded.BrokerMain}, from the launcher's own
 * class path: {@code anonpay.jar}, or the test class path), so that it can be stopped cleanly (SIGTERM) or killed
 * as a crash would (SIGKILL). Its store and its log ({@code broker.log}, appended) are in the data directory's
 * {@code broker/}.
 */
final class BrokerProcess {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String MAIN = "io.anonpay.embedded.BrokerMain";
    /** The name of the broker's key store among the run's TLS files. */
    static final String TLS_NAME = "broker";

    private final DataDirectory data;
    private final int port;
    private final Transport transport;
    private Process process;

    private BrokerProcess(DataDirectory data, int port, Transport transport) {
        this.data = data;
        this.port = port;
        this.transport = transport;
    }

    /** Starts the broker's JVM and returns once its port accepts connections (or throws {@link LaunchFailure}). */
    static BrokerProcess start(DataDirectory data, int port) {
        return start(data, port, Transport.plain());
    }

    /** As {@link #start(DataDirectory, int)}; with TLS, it takes {@code ssl://} connections only. */
    static BrokerProcess start(DataDirectory data, int port, Transport transport) {
        BrokerProcess broker = new BrokerProcess(data, port, transport);
        broker.launch();
        return broker;
    }

    String url() {
        return url(port, transport);
    }

    static String url(int port, Transport transport) {
        return (transport.encrypted() ? "ssl" : "tcp") + "://127.0.0.1:" + port;
    }

    Path logFile() {
        return data.broker().resolve("broker.log");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC"));
        try {
            Files.createDirectories(data.broker());
            transport.material().ifPresent(tls -> command.add("@" + tls.writeJvmOptions(
                    data.broker().resolve("tls.options"), TLS_NAME)));
            command.addAll(List.of("-cp", absoluteClassPath(),
                    MAIN, "--data", data.root().toString(), "--port", Integer.toString(port)));
            if (transport.encrypted()) {
                command.add("--tls");
            }
            process = new ProcessBuilder(command).directory(data.broker().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start the broker: " + e.getMessage(), e);
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!accepts()) {
            if (!process.isAlive()) {
                throw failure("the broker's JVM exited with code " + process.exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                kill();
                throw failure("the broker did not accept connections on 127.0.0.1:" + port + " within "
                        + READY_TIMEOUT.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private LaunchFailure failure(String what) {
        return new LaunchFailure(what + "; the last lines of " + logFile() + ":\n  "
                + String.join("\n  ", tail(20)));
    }

    private List<String> tail(int lines) {
        try {
            if (!Files.exists(logFile())) {
                return List.of("(no log)");
            }
            List<String> all = new String(Files.readAllBytes(logFile()), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + logFile(), e);
        }
    }

    /** SIGTERM (the broker stops cleanly in its shutdown hook), then after {@code grace} SIGKILL. */
    void stop(Duration grace) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("anonpay: the broker did not stop within " + grace.toSeconds() + " s; killing it");
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, the way a crash ends it: no shutdown hook runs. Returns once it is gone. */
    void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting for the broker");
        }
    }

    /** This JVM's class path with every entry made absolute: the broker runs in its own working directory. */
    static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> java.nio.file.Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
