package io.anonpay.bench;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.LaunchOptions;
import io.anonpay.launcher.Progress;
import io.anonpay.launcher.Server;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up and idle memory of the whole system on each runtime (issue 16: measured, not targeted): for each of
 * Payara Micro, WildFly and Payara Server, a fresh system is started (the first start, which unpacks and configures
 * a full server), stopped and started again on the same data (the start an operator sees every day); after 10 s of
 * idleness the memory of each server JVM, PostgreSQL and the broker is read. A server JVM is the largest process
 * whose command line names the party's directory; the script or {@code asadmin} that started it is left out.
 * <pre>java -cp anonpay-bench.jar io.anonpay.bench.Footprint [payara-micro wildfly payara-server]</pre>
 */
public final class Footprint {

    private static final long IDLE_MILLIS = 10_000;

    private final Table table = new Table();

    public static void main(String[] args) throws Exception {
        List<String> runtimes = args.length == 0 ? List.of("payara-micro", "wildfly", "payara-server") : List.of(args);
        Footprint footprint = new Footprint();
        for (String runtime : runtimes) {
            footprint.measure(runtime);
        }
        String out = "anonpay footprint by runtime, " + Instant.now() + "\n"
                + String.format(Locale.ROOT, "%d cores; load average at the end: %s%n%n",
                Runtime.getRuntime().availableProcessors(), Procs.loadAverage())
                + footprint.table.render();
        Path work = Files.createDirectories(Path.of("benchmarks/target/bench-run"));
        Files.writeString(work.resolve("footprint.md"), out);
        System.out.println(out);
        System.exit(0);
    }

    private void measure(String runtime) throws Exception {
        Path data = Files.createTempDirectory("anonpay-footprint-");
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "--runtime", runtime,
                "--runtime-dir", "launcher/target/runtime", "--timeout", "600"));
        for (String flag : List.of("--mall-port", "--credit-port", "--shipping-port", "--pg-port", "--broker-port")) {
            args.add(flag);
            args.add(Integer.toString(Bench.freePort()));
        }
        LaunchOptions options = LaunchOptions.parse(args, Map.of());
        table.section(runtime);
        try {
            Started first = start(options, runtime, "first");
            first.system().close();
            table.row("start-up, first (fresh data directory)", first.seconds(), "s", "", "launch to all three ready");
            Started again = start(options, runtime, "second");
            try {
                table.row("start-up, again on the same data", again.seconds(), "s", "", "");
                System.err.println("[footprint] " + runtime + ": idle for 10 s before reading memory");
                Thread.sleep(IDLE_MILLIS);
                memory(again.system(), data);
            } finally {
                again.system().close();
            }
        } finally {
            Bench.deleteQuietly(data);
        }
    }

    private record Started(AnonpaySystem system, double seconds) {
    }

    private static Started start(LaunchOptions options, String runtime, String which) {
        System.err.println("[footprint] " + runtime + ": " + which + " start");
        long t0 = System.nanoTime();
        AnonpaySystem system = AnonpaySystem.start(options, new Progress(new PrintStream(OutputStream.nullOutputStream())));
        return new Started(system, (System.nanoTime() - t0) / 1e9);
    }

    private void memory(AnonpaySystem system, Path data) {
        long total = 0;
        for (Server server : Server.values()) {
            long rss = Procs.find(data.resolve(server.id()) + "/").stream().map(Procs::rssKb)
                    .max(Comparator.naturalOrder()).orElse(0L);
            total += rss;
            table.row("RSS " + server.id() + " server JVM", rss / 1024.0, "MiB", "", "");
        }
        long postgres = Procs.postgres(data.resolve("postgres")).stream().mapToLong(Procs::pssKb).sum();
        long broker = Procs.find("io.anonpay.embedded.BrokerMain", data.toString()).stream().mapToLong(Procs::rssKb)
                .sum();
        total += postgres + broker;
        table.row("PSS PostgreSQL", postgres / 1024.0, "MiB", "", "");
        table.row("RSS broker JVM", broker / 1024.0, "MiB", "", "");
        table.row("memory together", total / 1024.0, "MiB", "", "servers, PostgreSQL, broker; not the launcher");
    }
}
