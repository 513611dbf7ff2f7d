package io.anonpay.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar anonpay.jar}: starts the whole system, says where it is, and stops it all on Ctrl-C. */
public final class Launcher {

    static final String USAGE = """
            Usage: java -jar anonpay.jar [options]

            Starts PostgreSQL, an ActiveMQ broker and the mall, credit and shipping servers, waits until all are
            ready, prints where everything is and writes DATA_DIR/run.json. Ctrl-C stops everything.

            Options:
              --data-dir DIR        data kept between runs (default: ./anonpay-data in the working directory;
                                    env ANONPAY_DATA_DIR)
              --fresh               wipe the data directory first
              --mall-port N         mall HTTP port (default 8080)
              --credit-port N       credit HTTP port (default 8081)
              --shipping-port N     shipping HTTP port (default 8082)
              --pg-port N           embedded PostgreSQL port (default 15432)
              --broker-port N       embedded broker port (default 61616)
              --broker-url URL      use this broker instead of the embedded one, e.g.
                                    failover:(tcp://mq1:61616,tcp://mq2:61616) (env ANONPAY_BROKER_URL)
              --db-url-mall URL     use this PostgreSQL database for the mall instead of the embedded one
                                    (env ANONPAY_MALL_DB_URL; role and password from ANONPAY_MALL_DB_USER,
                                    default 'mall', and ANONPAY_MALL_DB_PASSWORD); likewise
              --db-url-credit URL   and ANONPAY_CREDIT_DB_*, and
              --db-url-shipping URL and ANONPAY_SHIPPING_DB_*
              --runtime NAME        the application server of every party: payara-micro (default),
                                    wildfly or payara-server (env ANONPAY_RUNTIME)
              --runtime-dir DIR     folder with payara-micro.jar, activemq-rar.rar, the WARs and wildfly/
                                    (default: runtime/ beside anonpay.jar; env ANONPAY_RUNTIME_DIR)
              --timeout SECONDS     how long to wait for the servers to be ready (default 180)
              --tls                 HTTPS and ssl:// only, with certificates of a local authority made on the
                                    first such run in DATA_DIR/tls/ (every runtime); without it, traffic is
                                    plain HTTP and tcp://
              --help                show this help
            """;

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("anonpay: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        quietLibraries();
        System.exit(run(options, System.out));
    }

    /** Starts, prints the summary, then waits for Ctrl-C / SIGTERM; returns the exit code on failure. */
    static int run(LaunchOptions options, PrintStream out) {
        out.println("anonpay: starting in " + options.dataDir() + (options.fresh() ? " (fresh)" : ""));
        Progress progress = new Progress(out);
        AnonpaySystem system = new AnonpaySystem(options, progress);
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!system.isClosed()) {
                out.println("anonpay: stopping");
                system.close();
                out.println("anonpay: stopped");
            }
        }, "anonpay-stop"));
        try {
            system.launch();
        } catch (LaunchFailure e) {
            System.err.println("anonpay: FAILED: " + e.getMessage());
            return 1;
        }
        out.print(Summary.of(system, progress.elapsedSeconds()));
        out.flush();
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The broker and PostgreSQL libraries log every step at INFO; the progress lines say enough. */
    private static void quietLibraries() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
