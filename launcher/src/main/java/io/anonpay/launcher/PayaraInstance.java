package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One server on its own Payara Micro JVM: the ActiveMQ resource adapter deployed before the WAR, its own port,
 * temp dir and log, configured through environment variables. All its output goes to {@code server.log} (with
 * {@code --logproperties}, Payara Micro ignores {@code --logtofile}), never to the launcher's terminal.
 */
public final class PayaraInstance {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC");

    private final Server server;
    private final int port;
    private final Path runtime;
    private final Path home;
    private final Path tmp;
    private final ServerLog log;
    private Process process;
    private String brokerUrl;
    private Map<String, String> environment;

    PayaraInstance(Server server, int port, Path runtime, DataDirectory data) {
        this(server, port, runtime, data.server(server), data.tmp(server), data.serverLog(server));
    }

    /** An instance with a home, temp dir and log of its own, e.g. a second instance of a server. */
    PayaraInstance(Server server, int port, Path runtime, Path home, Path tmp, Path logFile) {
        this.server = server;
        this.port = port;
        this.runtime = runtime;
        this.home = home;
        this.tmp = tmp;
        this.log = new ServerLog(logFile);
    }

    /** The state of a starting instance after one look at it. */
    public record Status(boolean ready, boolean failed, String detail) {
    }

    public Server server() {
        return server;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return baseUrl(server, port);
    }

    static String baseUrl(Server server, int port) {
        return "http://127.0.0.1:" + port + "/" + server.id();
    }

    public URI healthReady() {
        return URI.create("http://127.0.0.1:" + port + "/health/ready");
    }

    public URI openApi() {
        return URI.create("http://127.0.0.1:" + port + "/openapi");
    }

    public Path logFile() {
        return log.file();
    }

    /** Starts the JVM and returns at once; {@link #look(Readiness)} tells when it is ready. */
    void start(String brokerUrl, Map<String, String> environment) {
        this.brokerUrl = brokerUrl;
        this.environment = Map.copyOf(environment);
        log.rotate();
        emptyDirectory(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString(),
                "--nohazelcast", "--disablephonehome", "--name", server.id(),
                "--port", Integer.toString(port),
                "--logproperties", PayaraFiles.writeLogging(home).toString(),
                "--prebootcommandfile", PayaraFiles.writePreBoot(home).toString(),
                "--postbootcommandfile", PayaraFiles.writePostBoot(home, brokerUrl,
                        runtime.resolve(PayaraFiles.RESOURCE_ADAPTER + ".rar"), server).toString(),
                "--addlibs", runtime.resolve(RuntimeDirectory.JDBC_DRIVER).toString(),
                "--deploy", runtime.resolve(server.warFileName()).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectErrorStream(true)
                .redirectOutput(log.file().toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start Payara Micro for " + server.id() + ": " + e.getMessage(), e);
        }
    }

    /** One look: has it died, has its deployment failed, is it ready? */
    Status look(Readiness readiness) {
        if (process == null) {
            return new Status(false, true, "not started");
        }
        Optional<String> failure = log.deploymentFailure();
        if (failure.isPresent()) {
            return new Status(false, true, "deployment failed: " + firstLine(failure.get()));
        }
        if (!process.isAlive()) {
            return new Status(false, true, "its JVM exited with code " + process.exitValue());
        }
        Readiness.Probe probe = readiness.probe(healthReady(), URI.create(baseUrl() + "/api/keys"));
        return new Status(probe.ready(), false, probe.detail());
    }

    /** The log record that says its deployment failed, if any. */
    Optional<String> failureRecord() {
        return log.deploymentFailure();
    }

    /** The last lines of its log, for a failure report. */
    List<String> logTail(int lines) {
        return log.tail(lines);
    }

    /** SIGTERM, then after the grace period SIGKILL; child processes too. Returns once nothing is left. */
    void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : descendants) {
            child.destroyForcibly();
        }
    }

    /** Stops the instances in parallel, each as {@link #stop(Duration)}; returns once all are stopped. */
    static void stopAll(List<PayaraInstance> instances, Duration grace) {
        List<Thread> stoppers = new ArrayList<>();
        for (PayaraInstance instance : instances) {
            Thread stopper = new Thread(() -> instance.stop(grace), "stop-" + instance.server().id());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Starts it again as it was started before (same port, environment and data); returns at once. */
    void restart() {
        if (process == null) {
            throw new IllegalStateException(server.id() + " was never started");
        }
        if (process.isAlive()) {
            throw new IllegalStateException(server.id() + " is still running");
        }
        start(brokerUrl, environment);
    }

    /** SIGKILL, the way a crash ends it: no shutdown hook, no transaction completes. Returns once it is gone. */
    void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The environment it was started with; empty before its first start. */
    Map<String, String> environment() {
        return environment == null ? Map.of() : environment;
    }

    private static String firstLine(String record) {
        return record.lines().filter(line -> !line.isBlank() && !line.startsWith("[")).findFirst()
                .orElse(record.lines().findFirst().orElse("")).strip();
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

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}
