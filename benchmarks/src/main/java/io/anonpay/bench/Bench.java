package io.anonpay.bench;

import io.anonpay.client.AnonpayClient;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.LaunchOptions;
import io.anonpay.launcher.Progress;
import io.anonpay.launcher.Server;
import io.anonpay.testhttp.JsonHttp;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark: starts anonpay on free ports in a temporary data directory (or uses a running one given by
 * {@code --run-file}), loads it through its own APIs and prints one table. See docs/benchmarks.md.
 */
public final class Bench {

    /** How often the servers' /metrics are read during the settlement runs (Prometheus would every 15 s or so). */
    private static final Duration SCRAPE_EVERY = Duration.ofSeconds(2);
    /** How long a metrics window waits for what was sent to be applied before its first and after its last scrape. */
    private static final Duration DELIVERY_PATIENCE = Duration.ofSeconds(60);
    private static final String DISTINCT = "distinct";
    private static final String HOT = "hot";

    private final Map<String, String> flags;
    private final int clients;
    private final int seconds;
    private final Path work;
    private final Table table = new Table();
    private final StringBuilder notes = new StringBuilder();

    private Bench(Map<String, String> flags) {
        this.flags = flags;
        this.clients = Integer.parseInt(flags.getOrDefault("--clients", "16"));
        this.seconds = Integer.parseInt(flags.getOrDefault("--seconds", "20"));
        this.work = Path.of(flags.getOrDefault("--work", "benchmarks/target/bench-run")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                System.out.println("""
                        anonpay-bench [--run-file anonpay-data/run.json] [--seconds 20] [--clients 16]
                                      [--latency-payments 200] [--client-purchases 30] [--session-purchases-per-second 300]
                                      [--warmup-seconds 30] [--profile-seconds 10]
                                      [--runtime launcher/target/runtime] [--work benchmarks/target/bench-run]
                                      [--tls]
                        Without --run-file it starts anonpay itself on free ports in a temporary data directory
                        (with --tls: HTTPS and ssl:// only) and stops it at the end. Progress goes to stderr, the
                        table to stdout.""");
                return;
            }
            if (args[i].equals("--tls")) {
                flags.put("--tls", "");
                continue;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --flag value pairs, got " + args[i]);
            }
            flags.put(args[i], args[++i]);
        }
        // PostgreSQL's and the broker's libraries log every step at INFO
        Logger.getLogger("").setLevel(Level.WARNING);
        new Bench(flags).run();
        System.exit(0);
    }

    private static void say(String line) {
        System.err.printf(Locale.ROOT, "[bench %s] %s%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), line);
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        String loadBefore = Procs.loadAverage();
        AnonpaySystem system = null;
        Target target;
        double startSeconds = Double.NaN;
        String traffic = "";
        boolean done = false;
        try {
            if (flags.containsKey("--run-file")) {
                target = Target.of(Path.of(flags.get("--run-file")));
                say("using the running system of " + target.runFile());
            } else {
                Path data = Files.createTempDirectory("anonpay-bench-");
                List<String> args = new ArrayList<>(List.of("--fresh", "--data-dir", data.toString(),
                        "--runtime-dir", flags.getOrDefault("--runtime", "launcher/target/runtime")));
                for (String flag : List.of("--mall-port", "--credit-port", "--shipping-port", "--pg-port",
                        "--broker-port")) {
                    args.add(flag);
                    args.add(Integer.toString(freePort()));
                }
                if (flags.containsKey("--tls")) {
                    args.add("--tls");
                }
                say("starting anonpay in " + data);
                long t0 = System.nanoTime();
                system = AnonpaySystem.start(LaunchOptions.parse(args, Map.of()), new Progress(System.err));
                startSeconds = (System.nanoTime() - t0) / 1e9;
                AnonpaySystem started = system;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "bench-stop"));
                target = Target.of(system);
                say(String.format(Locale.ROOT, "ready in %.1f s", startSeconds));
            }
            traffic = target.authority().isPresent() ? "traffic: HTTPS and ssl:// (--tls)"
                    : "traffic: plain HTTP and tcp://";
            measure(target, startSeconds, system != null);
            done = true;
        } finally {
            if (system != null) {
                say("stopping anonpay");
                system.close();
                if (done) {
                    deleteQuietly(system.dataDirectory().root());
                } else {
                    say("kept its data directory (logs) for a look: " + system.dataDirectory().root());
                }
            }
        }
        String machine = String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, Java %s; load average before: %s, after: %s",
                Runtime.getRuntime().availableProcessors(), Procs.memTotalKb() / 1024.0 / 1024.0,
                System.getProperty("java.version"), loadBefore, Procs.loadAverage()) + "; " + traffic;
        String out = "anonpay benchmark, " + Instant.now() + "\n" + machine + "\n\n" + table.render() + "\n" + notes;
        Files.writeString(work.resolve("table.md"), out);
        System.out.println(out);
    }

    private void measure(Target target, double startSeconds, boolean started) throws Exception {
        Load load = new Load(JsonHttp.using(target.httpClient()), target);
        // a client of its own, so that scraping takes none of the load's connections
        MetricsScraper scraper = new MetricsScraper(JsonHttp.using(target.httpClient()), target);

        // 4. start-up and idle memory
        table.section("Start-up and memory");
        table.row("start-up: launch to all three servers ready", startSeconds, "s", "< 60",
                started ? "AnonpaySystem.start, fresh data dir" : "not measured: system was already running");
        if (started) {
            say("idle for 10 s before reading memory");
            Thread.sleep(10_000);
        }
        memory(target, started);

        // raw Argon2id
        int cores = Runtime.getRuntime().availableProcessors();
        say("raw Argon2id on " + cores + " threads for 10 s");
        Argon2Raw.Result raw = Argon2Raw.run(cores, 10);

        // load: product, cards
        say("adding a product and issuing cards");
        long product = load.addProduct();
        int perClient = 4;
        List<Load.Card> distinct = load.issueCards(clients * perClient, "distinct");
        Load.Card hot = load.issueCards(1, "hot").get(0);
        List<Load.Card> statementCards = load.issueCards(clients, "statement");
        List<Load.Card> latencyCards = load.issueCards(2, "latency");
        Load.Card buyerCard = load.issueCards(1, "buyer").get(0);

        // settlements: prepare everything before the timed phases. With one password check per payment session a
        // settlement costs no Argon2 check, so those runs need many more purchases than the per-payment-password run.
        int expected = (int) Math.ceil(raw.perSecond() * seconds * 1.2) + 60;
        int perSecond = Integer.parseInt(flags.getOrDefault("--session-purchases-per-second", "300"));
        int inSession = perSecond * seconds + 60;
        int warmSeconds = Integer.parseInt(flags.getOrDefault("--warmup-seconds", "30"));
        int profileSeconds = Integer.parseInt(flags.getOrDefault("--profile-seconds", "10"));
        int warm = perSecond * warmSeconds;
        int profiled = perSecond * profileSeconds;
        int prepared = warm + 2 * inSession + expected + profiled;
        say("preparing " + prepared + " purchases with payment instructions");
        long p0 = System.nanoTime();
        ConcurrentLinkedQueue<Load.Payable> warmQueue = load.payables(product, warm);
        ConcurrentLinkedQueue<Load.Payable> distinctQueue = load.payables(product, inSession);
        ConcurrentLinkedQueue<Load.Payable> hotQueue = load.payables(product, inSession);
        ConcurrentLinkedQueue<Load.Payable> passwordQueue = load.payables(product, expected);
        ConcurrentLinkedQueue<Load.Payable> profileQueue = load.payables(product, profiled);
        double prepSeconds = (System.nanoTime() - p0) / 1e9;
        say(String.format(Locale.ROOT, "prepared in %.1f s (%.0f purchase+instructions/s)", prepSeconds,
                prepared / prepSeconds));

        // one payment session per client and card (one Argon2id check each), outside the timed phases
        List<List<Load.Card>> distinctOfClient = new ArrayList<>();
        List<List<Load.Card>> hotOfClient = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            distinctOfClient.add(distinct.subList(client * perClient, (client + 1) * perClient));
            hotOfClient.add(List.of(hot));
        }
        say("opening payment sessions: " + clients * perClient + " on distinct cards, " + clients + " on the hot card");
        long s0 = System.nanoTime();
        List<List<String>> distinctTokens = load.openSessions(distinctOfClient);
        List<List<String>> hotTokens = load.openSessions(hotOfClient);
        double sessionSeconds = (System.nanoTime() - s0) / 1e9;
        Load.TokenChooser distinctSessions = (client, k) -> distinctTokens.get(client).get(k % perClient);
        Load.TokenChooser hotSessions = (client, k) -> hotTokens.get(client).get(0);

        Load.CardChooser distinctChooser = (client, k) -> distinct.get(client * perClient + k % perClient);
        // the JIT compiles the settlement path during the first thousands of requests: not part of what is measured
        say("warm-up: settlements in sessions for " + warmSeconds + " s");
        Load.Run warmRun = load.settleInSessions(warmQueue, clients, warmSeconds, distinctSessions, Map.of());
        reportErrors("warm-up", warmRun);
        // read after the warm-up: the servers' connection pools have grown, and each connection is a PostgreSQL process
        Map<String, List<Long>> processes = target.processes();

        Optional<Long> creditPid = target.pid(Server.CREDIT);
        Optional<Procs.Gc> gcBefore = creditPid.flatMap(Procs::gc);
        say("scraping the servers' /metrics every " + SCRAPE_EVERY.toSeconds() + " s during the settlement runs");
        MetricsWindow settling = MetricsWindow.open(scraper, SCRAPE_EVERY, DELIVERY_PATIENCE);
        say("settlements in payment sessions, " + clients + " clients, distinct cards, " + seconds + " s");
        Load.Run distinctRun = load.settleInSessions(distinctQueue, clients, seconds, distinctSessions, processes);
        settling.mark(DISTINCT);
        Optional<Procs.Gc> gc = creditPid.flatMap(Procs::gc).flatMap(after -> gcBefore.map(after::minus));
        say("settlements in payment sessions, " + clients + " clients, one hot card, " + seconds + " s");
        Load.Run hotRun = load.settleInSessions(hotQueue, clients, seconds, hotSessions, processes);
        settling.mark(HOT);
        reportErrors("distinct", distinctRun);
        reportErrors("hot", hotRun);
        say("settlements with the password on every payment, " + clients + " clients, distinct cards, " + seconds
                + " s");
        Load.Run passwordRun = load.settle(passwordQueue, clients, seconds, distinctChooser, processes);
        settling.close();
        reportErrors("password on every payment", passwordRun);
        say("the lightest request for comparison: GET api/keys at the credit server, " + clients + " clients");
        Load.Run lightest = load.gets(target.credit() + "/api/keys", clients, Math.min(seconds, 10));
        reportErrors("GET api/keys", lightest);

        // the profile: a phase of its own, so that the profiler's cost is in no measured figure
        Profiler.Summary profile = null;
        Path flameGraph = work.resolve("credit-settlement-flame.html");
        if (creditPid.isPresent()) {
            try {
                Profiler profiler = Profiler.extract(work);
                Path collapsed = work.resolve("credit-settlement.collapsed");
                say("profiling the credit server (pid " + creditPid.get() + ") for " + profileSeconds + " s of settlements");
                profiler.start(creditPid.get());
                load.settleInSessions(profileQueue, clients, profileSeconds, distinctSessions, processes);
                profiler.stop(creditPid.get(), collapsed, flameGraph);
                Map<String, String> shareOf = new LinkedHashMap<>();
                shareOf.put("Argon2", "Argon2BytesGenerator");
                shareOf.put("crypto", "org.bouncycastle.math");
                shareOf.put("JPA (EclipseLink)", "org.eclipse.persistence");
                shareOf.put("JSON-P provider lookups", "jakarta.json.spi.JsonProvider.provider");
                shareOf.put("JIT compiler", "CompileBroker");
                profile = Profiler.summarize(Files.readAllLines(collapsed), shareOf);
            } catch (RuntimeException e) {
                notes.append("- Profile: not taken: ").append(e.getMessage()).append('\n');
            }
        }

        // pgbench against the same PostgreSQL
        PgBench pgbench = new PgBench(target.creditDb().jdbcUrl(), target.creditDb().user(),
                target.creditDb().password());
        int[] lengths = pgbench.realLengths();
        PgBench.Result many = null;
        PgBench.Result hotDb = null;
        if (PgBench.binary() == null) {
            notes.append("- pgbench was not found: run through scripts/bench.sh, which installs it.\n");
        } else {
            try {
                pgbench.setUp();
                say("pgbench, " + clients + " clients, " + PgBench.BENCH_CARDS + " cards, " + seconds + " s");
                many = pgbench.run(work, clients, PgBench.BENCH_CARDS, seconds, lengths);
                say("pgbench, " + clients + " clients, one hot card, " + seconds + " s");
                hotDb = pgbench.run(work, clients, 1, seconds, lengths);
            } finally {
                pgbench.tearDown();
            }
        }

        // password checks through the API
        // the server's Argon2 code is compiled by then only as far as the few cards and sessions made it: warm it first,
        // as the raw measurement is warmed
        say("password checks through POST api/statements: 5 s warm-up, then " + clients + " clients, " + seconds + " s");
        load.statements(statementCards, 5);
        MetricsWindow checking = MetricsWindow.open(scraper, Duration.ZERO, DELIVERY_PATIENCE);
        Load.Run checks = load.statements(statementCards, seconds);
        checking.close();
        reportErrors("statements", checks);

        // result delivery latency
        int payments = Integer.parseInt(flags.getOrDefault("--latency-payments", "200"));
        say("delivery latency over " + payments + " payments");
        MetricsWindow delivering = MetricsWindow.open(scraper, Duration.ZERO, DELIVERY_PATIENCE);
        Stats delivery = deliveryLatency(load, target, product, latencyCards, payments);
        delivering.close();

        int purchases = Integer.parseInt(flags.getOrDefault("--client-purchases", "30"));
        say("full anonymous purchases through the command-line client's code: " + purchases);
        Stats buys = clientPurchases(target, product, buyerCard, purchases);

        // the table
        table.section("Password checks (Argon2id, 19 MiB, t=2, p=1)");
        table.row("raw Argon2id hashes, " + raw.threads() + " threads in one JVM", raw.perSecond(), "hashes/s", "",
                String.format(Locale.ROOT, "%d hashes in %.1f s; %.1f ms CPU per hash", raw.hashes(), raw.seconds(),
                        raw.cpuPerHash() * 1000));
        table.row("API password checks, POST api/statements, " + clients + " clients", checks.perSecond(),
                "checks/s", "", String.format(Locale.ROOT, "p50 %s ms, p99 %s ms; %d answered 429, %d failed",
                        Table.number(Stats.of(checks.latenciesMs).p50()), Table.number(Stats.of(checks.latenciesMs).p99()),
                        checks.tooMany.get(), checks.failed.get()));
        table.row("ratio API / raw", Stats.ratio(checks.perSecond(), raw.perSecond()), "", ">= 0.8", "");

        table.section("Settlement throughput, " + clients + " clients, one password check per payment session"
                + " (POST api/settlements with the session token)");
        settlementRows("distinct cards", distinctRun, many, "1,000 cards", ">= 0.5");
        settlementRows("one hot card", hotRun, hotDb, "one card", "");
        table.row("payment sessions opened before the runs (one Argon2id each)", clients * perClient + clients,
                "sessions", "", String.format(Locale.ROOT, "in %.1f s, 4 threads; not timed with the settlements",
                        sessionSeconds));
        Stats passwordLatency = Stats.of(passwordRun.latenciesMs);
        table.row("for comparison: API settlements/s, distinct cards, password on every payment",
                passwordRun.perSecond(), "settlements/s", "", String.format(Locale.ROOT,
                        "one Argon2id each; %d in %.1f s; p50 %s ms, p99 %s ms; %d x 429 retried, %d failed",
                        passwordRun.ok.get(), passwordRun.seconds, Table.number(passwordLatency.p50()),
                        Table.number(passwordLatency.p99()), passwordRun.tooMany.get(), passwordRun.failed.get()));
        List<String> servers = List.copyOf(processes.keySet());
        table.row("the lightest request on the same server: GET api/keys, " + clients + " clients", lightest.perSecond(),
                "requests/s", "", String.format(Locale.ROOT, "p50 %s ms; no database, no crypto: JAX-RS on Payara Micro",
                        Table.number(Stats.of(lightest.latenciesMs).p50())));
        table.row("ratio API settlements (distinct cards) / lightest request", Stats.ratio(distinctRun.perSecond(),
                lightest.perSecond()), "", "", "how close a settlement comes to a request that does nothing");
        table.row("CPU per settlement in a session, all servers' processes, distinct cards",
                distinctRun.cpuMsPerOk(servers), "ms", "", "from /proc/<pid>/stat during the distinct-card run");
        for (String group : servers) {
            table.row("  " + group, distinctRun.cpuMsPerOk(List.of(group)), "ms", "", "");
        }
        table.row("CPU per settlement with the password (same), distinct cards", passwordRun.cpuMsPerOk(servers), "ms",
                "", "");
        table.row("  one Argon2id check (raw CPU per hash)", raw.cpuPerHash() * 1000, "ms", "", "");
        gc.ifPresent(g -> table.row("credit JVM time in GC during the distinct-card run", 100 * g.seconds()
                / distinctRun.seconds, "%", "", String.format(Locale.ROOT, "jstat: %d young, %d full collections, %.2f s",
                g.young(), g.full(), g.seconds())));
        if (profile != null) {
            for (Map.Entry<String, Double> share : profile.shares().entrySet()) {
                table.row("credit JVM CPU samples in " + share.getKey() + " (profile)", share.getValue() * 100, "%", "",
                        share.getKey().equals("Argon2") ? profile.samples() + " samples, a phase of its own" : "");
            }
        }

        table.section("Result delivery");
        table.row("settlement commit at credit -> mall applied, p50", delivery.p50(), "ms", "",
                "n=" + delivery.count() + "; credit outbox.created_at -> mall purchase.updated_at");
        table.row("settlement commit at credit -> mall applied, p99", delivery.p99(), "ms", "< 100",
                "max " + Table.number(delivery.max()) + " ms");
        table.row("full anonymous purchase (client buy: select, pay, ship, shipping accepted), p50", buys.p50(), "ms",
                "", "n=" + buys.count() + ", client polls the mall every 50 ms");
        table.row("full anonymous purchase, p99", buys.p99(), "ms", "", "max " + Table.number(buys.max()) + " ms");

        table.section(String.format(Locale.ROOT, "Figures at /metrics of the three servers (operator credential):"
                + " %d scrapes each during the settlement runs, every %d s", settling.scrapes(),
                SCRAPE_EVERY.toSeconds()));
        MetricsSection figures = new MetricsSection(table);
        figures.settlementRuns(settling, List.of(
                new MetricsSection.Phase("distinct cards", MetricsWindow.BEFORE, DISTINCT, distinctRun),
                new MetricsSection.Phase("one hot card", DISTINCT, HOT, hotRun),
                new MetricsSection.Phase("password on every payment", HOT, MetricsWindow.END, passwordRun)));
        figures.statements(checking, checks);
        figures.delivery(delivering, payments, delivery);
        for (MetricsWindow window : List.of(settling, checking, delivering)) {
            if (!window.delivered()) {
                notes.append("- Metrics: a phase's messages were not all applied within ")
                        .append(DELIVERY_PATIENCE.toSeconds()).append(" s of its start or end (or a server restarted"
                                + " alone): its message counts may be short.\n");
                break;
            }
        }
        scraper.problems().forEach(problem -> notes.append("- Metrics: ").append(problem).append('\n'));

        notes.append(String.format(Locale.ROOT, "- Preparation: %d purchases with payment instructions in %.1f s"
                        + " (%.0f/s, 8 threads), before the timed runs (%d per session run, %d for the password run;"
                        + " a run that empties its queue ends early); warm-up: %d settlements in sessions in %.0f s.%n",
                prepared, prepSeconds, prepared / prepSeconds, inSession, expected, warmRun.ok.get(), warmRun.seconds));
        notes.append(String.format(Locale.ROOT, "- Row sizes the system wrote (avg chars): purchase id %d, settlement id"
                + " %d, outbox body %d; pgbench writes the same sizes.%n", lengths[0], lengths[1], lengths[2]));
        if (many != null) {
            notes.append("- pgbench: `").append(many.command().replaceAll("ncards=\\d+", "ncards=N"))
                    .append("` (script: PgBench.SCRIPT).\n");
        }
        if (profile != null) {
            notes.append("- async-profiler on the credit server, " + profileSeconds + " s of settlements in sessions after"
                    + " the measured runs: flame graph ").append(flameGraph).append("\n  top frames by own CPU samples:\n");
            long total = profile.samples();
            profile.topSelf().forEach((frame, n) -> notes.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                    100.0 * n / total, frame)));
            notes.append("  innermost anonpay frame of each sample (where the time was spent on behalf of):\n");
            profile.topAnonpay().forEach((frame, n) -> notes.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                    100.0 * n / total, frame)));
        }
    }

    private void settlementRows(String label, Load.Run api, PgBench.Result db, String dbLabel, String target) {
        Stats latency = Stats.of(api.latenciesMs);
        table.row("API settlements/s, " + label, api.perSecond(), "settlements/s", "",
                String.format(Locale.ROOT, "%d in %.1f s; p50 %s ms, p99 %s ms; %d x 429 retried, %d failed",
                        api.ok.get(), api.seconds, Table.number(latency.p50()), Table.number(latency.p99()),
                        api.tooMany.get(), api.failed.get()));
        table.row("pgbench, the settlement transaction, " + dbLabel, db == null ? Double.NaN : db.tps(), "tps", "",
                db == null ? "not run" : String.format(Locale.ROOT, "%d transactions, avg latency %.1f ms, %d failed",
                        db.transactions(), db.latencyMs(), db.failed()));
        table.row("ratio API / pgbench, " + label, Stats.ratio(api.perSecond(), db == null ? Double.NaN : db.tps()),
                "", target, "");
    }

    private void memory(Target target, boolean started) {
        long total = 0;
        for (Server server : Server.values()) {
            Optional<Long> pid = target.pid(server);
            long rss = pid.map(Procs::rssKb).orElse(0L);
            total += rss;
            table.row("RSS " + server.id() + " (Payara Micro JVM)", rss / 1024.0, "MiB", "",
                    pid.map(p -> "pid " + p).orElse("process not found"));
        }
        List<Long> pg = target.postgresPids();
        long pgRss = pg.stream().mapToLong(Procs::rssKb).sum();
        long pgPss = pg.stream().mapToLong(Procs::pssKb).sum();
        total += pgPss;
        table.row("PSS PostgreSQL (" + pg.size() + " processes)", pgPss / 1024.0, "MiB", "",
                String.format(Locale.ROOT, "RSS summed %.0f MiB counts shared buffers once per process",
                        pgRss / 1024.0));
        long broker = target.brokerPids().stream().mapToLong(Procs::rssKb).sum();
        total += broker;
        table.row("RSS broker JVM (ActiveMQ, a process of its own)", broker / 1024.0, "MiB", "",
                broker == 0 ? "not found (an external broker?)" : "");
        long self = Procs.rssKb(ProcessHandle.current().pid());
        if (started) {
            total += self;
            table.row("RSS launcher JVM (plus this benchmark)", self / 1024.0, "MiB", "", "");
        } else {
            List<Long> launcher = Procs.find("anonpay.jar");
            launcher.remove(ProcessHandle.current().pid());
            long rss = launcher.stream().mapToLong(Procs::rssKb).sum();
            total += rss;
            table.row("RSS launcher JVM", rss / 1024.0, "MiB", "", launcher.isEmpty() ? "not found" : "pid " + launcher.get(0));
        }
        table.row("memory together", total / 1024.0, "MiB", "< 2,048", "once idle");
    }

    /**
     * Pays {@code payments} purchases (two at a time, so the system is not saturated), waits until the mall has
     * applied every result, then compares per purchase the credit company's outbox row (written in the settlement's
     * transaction; created_at = that transaction's start) with the mall's purchase.updated_at (set when the mall's
     * message-driven bean applies the result).
     */
    private Stats deliveryLatency(Load load, Target target, long product, List<Load.Card> cards, int payments)
            throws Exception {
        ConcurrentLinkedQueue<Load.Payable> queue = load.payables(product, payments);
        List<String> ids = queue.stream().map(Load.Payable::purchaseId).toList();
        Load.Run run = load.settle(queue, cards.size(), 600, (client, k) -> cards.get(client), Map.of());
        reportErrors("latency", run);
        Map<String, Instant> applied = new HashMap<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        try (Connection mall = DriverManager.getConnection(target.mallDb().jdbcUrl(), target.mallDb().user(),
                target.mallDb().password());
             PreparedStatement q = mall.prepareStatement(
                     "select purchase_id, updated_at from purchase where purchase_key = any (?) and status = 'PAID'")) {
            byte[][] keys = ids.stream().map(Bench::sha256).toArray(byte[][]::new);
            while (applied.size() < ids.size() && System.nanoTime() < deadline) {
                q.setArray(1, mall.createArrayOf("bytea", keys));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        applied.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
                if (applied.size() < ids.size()) {
                    Thread.sleep(200);
                }
            }
        }
        if (applied.size() < ids.size()) {
            notes.append("- Delivery: only ").append(applied.size()).append(" of ").append(ids.size())
                    .append(" results reached the mall within 60 s.\n");
        }
        List<Double> latencies = new ArrayList<>();
        try (Connection credit = DriverManager.getConnection(target.creditDb().jdbcUrl(), target.creditDb().user(),
                target.creditDb().password());
             PreparedStatement q = credit.prepareStatement(
                     "select message_key, created_at from outbox where message_key = any (?)")) {
            q.setArray(1, credit.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Instant mallApplied = applied.get(rs.getString(1));
                    Timestamp committed = rs.getTimestamp(2);
                    if (mallApplied != null) {
                        latencies.add(Duration.between(committed.toInstant(), mallApplied).toNanos() / 1e6);
                    }
                }
            }
        }
        return Stats.of(latencies);
    }

    private Stats clientPurchases(Target target, long product, Load.Card card, int count) {
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        String lastFailure = null;
        for (int i = 0; i < count; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = AnonpayClient.commandLine(new AnonpayClient().withInput(
                    new ByteArrayInputStream((card.password() + "\n").getBytes(StandardCharsets.UTF_8))));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            long t0 = System.nanoTime();
            int exit = cli.execute("--run-file", target.runFile().toString(), "--json", "--poll-interval", "50ms",
                    "buy", "--product", product + ":1", "--card", card.number(), "--password-stdin",
                    "--name", "Bench Buyer", "--street", "1 Main St", "--postal-code", "10115", "--city", "Berlin",
                    "--country", "DE", "--wait", "60s");
            long nanos = System.nanoTime() - t0;
            if (exit == 0) {
                millis.add(nanos / 1e6);
            } else {
                failures++;
                lastFailure = "exit " + exit + ": " + err.toString().strip();
            }
        }
        if (failures > 0) {
            notes.append("- Client purchases: ").append(failures).append(" failed; last: ").append(lastFailure)
                    .append('\n');
        }
        return Stats.of(millis);
    }

    private void reportErrors(String phase, Load.Run run) {
        if (run.failed.get() > 0) {
            notes.append("- ").append(phase).append(": ").append(run.failed.get()).append(" requests failed, e.g. ")
                    .append(run.errors.peek()).append('\n');
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
