package io.anonpay.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What every runtime's server process shares: it is one JVM (with the runtime's wrapper processes, if any), started
 * with the party's environment, its output in a log of its own, and stopped, killed and restarted alike.
 */
abstract class ServerJvm implements ServerProcess {

    private final Server server;
    private final int port;
    private final ServerLog log;
    private Process process;
    private String brokerUrl;
    private Map<String, String> environment;

    ServerJvm(Server server, int port, ServerLog log) {
        this.server = server;
        this.port = port;
        this.log = log;
    }

    /** The runtime's command line, written files and all, for this start. */
    abstract ProcessBuilder command(String brokerUrl, Map<String, String> environment);

    /** The runtime's name, for messages. */
    abstract String runtimeName();

    @Override
    public Server server() {
        return server;
    }

    @Override
    public int port() {
        return port;
    }

    /** MicroProfile Health on the party's own HTTP port, as Payara serves it. */
    @Override
    public URI healthReady() {
        return URI.create(scheme() + "://127.0.0.1:" + port + "/health/ready");
    }

    @Override
    public URI openApi() {
        return URI.create(scheme() + "://127.0.0.1:" + port + "/openapi");
    }

    @Override
    public Path logFile() {
        return log.file();
    }

    ServerLog log() {
        return log;
    }

    @Override
    public void start(String brokerUrl, Map<String, String> environment) {
        this.brokerUrl = brokerUrl;
        this.environment = Map.copyOf(environment);
        log.rotate();
        ProcessBuilder builder = command(brokerUrl, environment)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start " + runtimeName() + " for " + server.id() + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Status look(Readiness readiness) {
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

    @Override
    public Optional<String> failureRecord() {
        return log.deploymentFailure();
    }

    @Override
    public List<String> logTail(int lines) {
        return log.tail(lines);
    }

    @Override
    public void stop(Duration grace) {
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

    @Override
    public void restart() {
        if (process == null) {
            throw new IllegalStateException(server.id() + " was never started");
        }
        if (process.isAlive()) {
            throw new IllegalStateException(server.id() + " is still running");
        }
        start(brokerUrl, environment);
    }

    @Override
    public void kill() {
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

    @Override
    public boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public Map<String, String> environment() {
        return environment == null ? Map.of() : environment;
    }

    private static String firstLine(String record) {
        return record.lines().filter(line -> !line.isBlank() && !line.startsWith("[")).findFirst()
                .orElse(record.lines().findFirst().orElse("")).strip();
    }
}
