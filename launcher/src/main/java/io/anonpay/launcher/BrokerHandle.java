package io.anonpay.launcher;

/**
 * The embedded broker of a running {@link AnonpaySystem}: {@code system.broker()}. Tests take it away as an outage
 * or a crash would and bring it back on the same port and store; the servers reconnect on their own.
 */
public final class BrokerHandle {

    private final AnonpaySystem system;
    private final DataDirectory data;
    private final int port;
    private final Transport transport;
    private BrokerProcess process;

    BrokerHandle(AnonpaySystem system, DataDirectory data, int port, Transport transport) {
        this.system = system;
        this.data = data;
        this.port = port;
        this.transport = transport;
    }

    String url() {
        return BrokerProcess.url(port, transport);
    }

    /**
     * Starts the broker's JVM and returns once it accepts connections (or throws {@link LaunchFailure}); does
     * nothing when it is running. Throws {@link IllegalStateException} once the system is stopped.
     */
    public synchronized void start() {
        system.unlessClosed(() -> {
            if (process != null && !process.alive()) {
                process.kill();
                process = null;
            }
            if (process == null) {
                process = BrokerProcess.start(data, port, transport);
            }
            return process;
        });
    }

    /**
     * Stops it cleanly (SIGTERM to its JVM; SIGKILL after the grace period): an outage. Persistent messages stay
     * in its store. Does nothing when it is already stopped.
     */
    public synchronized void stop() {
        if (process != null) {
            BrokerProcess stopping = process;
            process = null;
            stopping.stop(AnonpaySystem.STOP_GRACE);
        }
    }

    /**
     * Ends its JVM with SIGKILL, as a crash would: no clean shutdown, its store is recovered on the next
     * {@link #start()}. Does nothing when it is already stopped.
     */
    public synchronized void kill() {
        if (process != null) {
            BrokerProcess killing = process;
            process = null;
            killing.kill();
        }
    }

    /** True while its JVM runs. */
    public synchronized boolean isRunning() {
        return process != null && process.alive();
    }
}
