package io.anonpay.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The embedded broker as a process of its own, so that it can be stopped (SIGTERM: a clean stop through the
 * shutdown hook) or killed (SIGKILL: a crash) like any other: {@code java -cp anonpay.jar
 * io.anonpay.embedded.BrokerMain --data DIR --port N [--tls]} ({@code --tls}: {@code ssl://} only, with the JVM's
 * {@code javax.net.ssl.*} stores). The store is {@code DIR/broker}, the log (appended)
 * {@code DIR/broker/broker.log}.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = -1;
        boolean tls = args.length > 0 && "--tls".equals(args[args.length - 1]);
        int pairs = tls ? args.length - 1 : args.length;
        for (int i = 0; i + 1 < pairs; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (data == null || port <= 0 || pairs % 2 != 0) {
            usage("--data DIR and --port N are required");
        }
        Path store = data.resolve("broker");
        Files.createDirectories(store);
        logTo(store.resolve("broker.log"));

        // the hook is in place before the broker starts: a SIGTERM at any time after this point stops it cleanly
        AtomicReference<EmbeddedBroker> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedBroker broker;
            synchronized (running) {
                broker = running.getAndSet(null);
            }
            if (broker == null) {
                return;
            }
            System.out.println("anonpay broker: stopping");
            try {
                broker.close();
                System.out.println("anonpay broker: stopped");
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "broker-stop"));
        EmbeddedBroker broker = EmbeddedBroker.start(store, port, tls);
        synchronized (running) {
            running.set(broker);
        }
        System.out.println("anonpay broker: ready at " + broker.url() + " (pid " + ProcessHandle.current().pid()
                + ", store " + store + ")");
        System.out.flush();
        stopped.await();
    }

    /** Everything (its own lines, the broker's JUL records, stack traces) goes to one appended file. */
    private static void logTo(Path file) throws IOException {
        PrintStream log = new PrintStream(new FileOutputStream(file.toFile(), true), true, StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Formatter format = new SimpleFormatter();
        // never closes the stream: the LogManager closes its handlers in a shutdown hook of its own, while the
        // broker still logs its stop in ours
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    log.print(format.format(record));
                }
            }

            @Override
            public void flush() {
                log.flush();
            }

            @Override
            public void close() {
                log.flush();
            }
        };
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
    }

    private static void usage(String problem) {
        System.err.println("BrokerMain: " + problem);
        System.err.println("usage: java -cp anonpay.jar io.anonpay.embedded.BrokerMain --data DIR --port N [--tls]");
        System.exit(2);
    }
}
