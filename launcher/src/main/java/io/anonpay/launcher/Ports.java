package io.anonpay.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Fails fast and clearly when a port the system needs is taken, rather than half-way through the start. */
final class Ports {

    private Ports() {
    }

    static void requireFree(LaunchOptions options) {
        List<String> taken = new ArrayList<>();
        for (Server server : Server.values()) {
            check(options.port(server), server.id(), taken);
        }
        if (options.embeddedPostgres()) {
            check(options.postgresPort(), "postgres", taken);
        }
        if (options.embeddedBroker()) {
            check(options.brokerPort(), "broker", taken);
        }
        if (!taken.isEmpty()) {
            throw new LaunchFailure("ports already in use: " + String.join(", ", taken)
                    + " (is anonpay already running? choose others with --mall-port, --pg-port, ...)");
        }
    }

    private static void check(int port, String user, List<String> taken) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            taken.add(port + " (" + user + ")");
        }
    }
}
