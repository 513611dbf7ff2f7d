package io.anonpay.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One party's server JVM, whatever the runtime ({@link PayaraInstance}, {@link WildflyInstance}): started with the
 * party's environment, looked at until ready, stopped, killed and restarted by the launcher and the tests.
 */
public interface ServerProcess {

    /** The state of a starting server after one look at it. */
    record Status(boolean ready, boolean failed, String detail) {
    }

    Server server();

    int port();

    /** {@code http}, or {@code https} when it serves HTTPS only. */
    default String scheme() {
        return "http";
    }

    /** Where buyers and partners reach the party: {@code http://127.0.0.1:<port>/<party>}. */
    default String baseUrl() {
        return baseUrl(scheme(), server(), port());
    }

    static String baseUrl(String scheme, Server server, int port) {
        return scheme + "://127.0.0.1:" + port + "/" + server.id();
    }

    URI healthReady();

    URI openApi();

    Path logFile();

    /** Starts the JVM and returns at once; {@link #look(Readiness)} tells when it is ready. */
    void start(String brokerUrl, Map<String, String> environment);

    /** One look: has it died, has its deployment failed, is it ready? */
    Status look(Readiness readiness);

    /** The log record that says its deployment failed, if any. */
    Optional<String> failureRecord();

    /** The last lines of its log, for a failure report. */
    List<String> logTail(int lines);

    /** SIGTERM, then after the grace period SIGKILL; child processes too. Returns once nothing is left. */
    void stop(Duration grace);

    /** Starts it again as it was started before (same port, environment and data); returns at once. */
    void restart();

    /** SIGKILL, the way a crash ends it: no shutdown hook, no transaction completes. Returns once it is gone. */
    void kill();

    boolean alive();

    /** The environment it was started with; empty before its first start. */
    Map<String, String> environment();

    /** Stops the servers in parallel, each as {@link #stop(Duration)}; returns once all are stopped. */
    static void stopAll(List<? extends ServerProcess> servers, Duration grace) {
        List<Thread> stoppers = new ArrayList<>();
        for (ServerProcess server : servers) {
            Thread stopper = new Thread(() -> server.stop(grace), "stop-" + server.server().id());
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
}
