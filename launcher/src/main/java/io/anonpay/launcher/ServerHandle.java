package io.anonpay.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One server of a running {@link AnonpaySystem}: {@code system.server(Server.CREDIT)}. Tests crash it and start it
 * again, or run more instances of it beside the first.
 */
public final class ServerHandle {

    private final AnonpaySystem system;
    private final ServerProcess first;
    private final Path runtime;
    private final List<ServerProcess> extras = new CopyOnWriteArrayList<>();

    ServerHandle(AnonpaySystem system, ServerProcess first, Path runtime) {
        this.system = system;
        this.first = first;
        this.runtime = runtime;
    }

    /** Ends its JVM with SIGKILL, as a crash would; {@link #restart()} brings it back. */
    public void kill() {
        first.kill();
    }

    /** Whether its JVM is alive: started, or still starting. */
    public boolean isRunning() {
        return first.alive();
    }

    /**
     * Starts it again with the same port, environment and data, and returns once it is ready (or throws
     * {@link LaunchFailure}). Kills it first if it is still running.
     */
    public void restart() {
        system.unlessClosed(() -> {
            if (first.alive()) {
                first.kill();
            }
            first.restart();
            return first;
        });
        system.awaitReady(first);
    }

    /**
     * Starts another instance: the same WAR, database, key directory (same keys), broker and environment as the
     * first one, except its own port (a free one), public URL, temp dir and log (in {@code <data>/<server>-<n>/}).
     * Returns its base URL once it is ready, or throws {@link LaunchFailure} (and leaves nothing running). The
     * partners still know only the first instance's URL. Stopped by {@link #stopExtraInstances()} or with the
     * system.
     */
    public String startExtraInstance() {
        return startExtraInstance(Map.of());
    }

    /**
     * As {@link #startExtraInstance()}, with some settings of its own: environment variables that override the
     * first instance's (a shorter authorisation expiry, say).
     */
    public String startExtraInstance(Map<String, String> settings) {
        if (!(first instanceof PayaraInstance)) {
            throw new LaunchFailure("another instance of " + first.server().id() + " runs on Payara Micro only");
        }
        ServerProcess extra = system.unlessClosed(() -> {
            Server server = first.server();
            Path home = system.dataDirectory().extraInstance(server, 2 + extras.size());
            Path tmp = home.resolve("tmp");
            try {
                Files.createDirectories(tmp);
            } catch (IOException e) {
                throw new LaunchFailure("cannot create " + tmp + ": " + e.getMessage(), e);
            }
            ServerProcess started = new PayaraInstance(server, freePort(), runtime, home, tmp,
                    home.resolve("server.log"), system.transport());
            Map<String, String> environment = new HashMap<>(first.environment());
            environment.putAll(settings);
            environment.put("ANONPAY_PUBLIC_URL", started.baseUrl());
            extras.add(started);
            started.start(system.brokerUrl(), environment);
            return started;
        });
        system.progress().step("starting another " + extra.server().id() + " on " + extra.port());
        try {
            system.awaitReady(extra);
        } catch (RuntimeException e) {
            extra.stop(AnonpaySystem.STOP_GRACE);
            throw e;
        }
        return extra.baseUrl();
    }

    /** Stops every extra instance (SIGTERM, then SIGKILL after the grace period); the first stays. */
    public void stopExtraInstances() {
        ServerProcess.stopAll(extras, AnonpaySystem.STOP_GRACE);
    }

    /** The extra instances started so far, running or stopped: the system stops them before the others. */
    List<ServerProcess> extras() {
        return List.copyOf(extras);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchFailure("no free port for another instance: " + e.getMessage(), e);
        }
    }
}
