package io.anonpay.launcher;

import io.anonpay.embedded.DatabaseProvisioning;
import io.anonpay.embedded.EmbeddedDatabase;
import io.anonpay.embedded.ServerDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The whole of anonpay on one machine: PostgreSQL, the broker and the three servers, started in that order and
 * stopped in reverse. {@code try (AnonpaySystem system = AnonpaySystem.start(options)) { ... }}.
 * {@link #close()} may come from another thread (a shutdown hook) while it is still starting.
 */
public final class AnonpaySystem implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LaunchOptions options;
    private final Progress progress;
    private final DataDirectory data;
    private final Map<Server, ServerDatabase> databases = new EnumMap<>(Server.class);
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Object lock = new Object();
    private List<PayaraInstance> instances = List.of();
    private final List<PayaraInstance> extras = new ArrayList<>();
    private Path runtime;
    private Secrets secrets;
    private String brokerUrl;
    private BrokerProcess broker;
    private RunFile runFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    public AnonpaySystem(LaunchOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.data = new DataDirectory(options.dataDir());
    }

    /** Starts everything and returns once every server is ready; on failure nothing is left running. */
    public static AnonpaySystem start(LaunchOptions options, Progress progress) {
        AnonpaySystem system = new AnonpaySystem(options, progress);
        system.launch();
        return system;
    }

    public static AnonpaySystem start(LaunchOptions options) {
        return start(options, Progress.silent());
    }

    /** Starts everything; on failure stops what was started and throws {@link LaunchFailure}. */
    public void launch() {
        try {
            Path runtime = RuntimeDirectory.locate(options.runtimeDir());
            Ports.requireFree(options);
            started(() -> {
                data.open(options.fresh());
                return data;
            });
            secrets = Secrets.loadOrCreate(data.secrets());
            startDatabases();
            launchBroker();
            startServers(runtime);
            new ReadinessWait(instances, progress, options.readyTimeout(), this::isClosed).await();
            List<DemoCardholder> cardholders = seedDemoData();
            started(() -> {
                runFile = describe(cardholders);
                runFile.write(data.runFile());
                AutoCloseable removal = () -> Files.deleteIfExists(data.runFile());
                return removal;
            });
        } catch (RuntimeException e) {
            close();
            throw e instanceof LaunchFailure ? e : new LaunchFailure(e.getMessage(), e);
        } catch (Error e) {
            // e.g. a class missing from a jar replaced under a running launcher: still leave nothing running
            close();
            throw e;
        }
    }

    private void startDatabases() {
        if (!options.embeddedPostgres()) {
            databases.putAll(options.externalDatabases());
            return;
        }
        EmbeddedDatabase postgres = started(() -> EmbeddedDatabase.start(data.postgres(), options.postgresPort()));
        progress.step("postgres ready on 127.0.0.1:" + postgres.port());
        for (Server server : Server.values()) {
            databases.put(server, options.externalDatabase(server).orElseGet(() ->
                    DatabaseProvisioning.provision(postgres, server.id(), secrets.databasePassword(server))));
        }
        progress.step("databases ready: " + String.join(", ",
                databases.values().stream().map(ServerDatabase::name).toList()));
    }

    private void launchBroker() {
        if (!options.embeddedBroker()) {
            brokerUrl = options.brokerUrl();
            progress.step("using the broker at " + brokerUrl);
            return;
        }
        started(() -> {
            broker = BrokerProcess.start(data, options.brokerPort());
            AutoCloseable stop = this::stopBroker;
            return stop;
        });
        brokerUrl = broker.url();
        progress.step("broker ready at " + brokerUrl);
    }

    /**
     * Stops the embedded broker cleanly (SIGTERM to its JVM; an outage: the servers lose their connections and
     * reconnect on their own once it is back). Persistent messages stay in its store. Does nothing when it is
     * already stopped.
     */
    public void stopBroker() {
        synchronized (lock) {
            requireEmbeddedBroker();
            if (broker != null) {
                BrokerProcess stopping = broker;
                broker = null;
                stopping.stop(STOP_GRACE);
            }
        }
    }

    /**
     * Ends the embedded broker's JVM with SIGKILL, as a crash would: no clean shutdown, its store is recovered on
     * the next start. {@link #startBroker()} brings it back. Does nothing when it is already stopped.
     */
    public void killBroker() {
        synchronized (lock) {
            requireEmbeddedBroker();
            if (broker != null) {
                BrokerProcess killing = broker;
                broker = null;
                killing.kill();
            }
        }
    }

    /**
     * Starts the embedded broker again on the same port and store, and returns once it accepts connections; does
     * nothing when it is running.
     */
    public void startBroker() {
        synchronized (lock) {
            requireEmbeddedBroker();
            if (closed) {
                throw new IllegalStateException("the system is stopped");
            }
            if (broker != null && !broker.alive()) {
                broker.kill();
                broker = null;
            }
            if (broker == null) {
                broker = BrokerProcess.start(data, options.brokerPort());
            }
        }
    }

    /** True while the embedded broker's JVM runs. */
    public boolean isBrokerRunning() {
        synchronized (lock) {
            return broker != null && broker.alive();
        }
    }

    private void requireEmbeddedBroker() {
        if (!options.embeddedBroker()) {
            throw new IllegalStateException("the broker at " + brokerUrl + " is not embedded");
        }
    }

    /** Ends a server's JVM with SIGKILL, as a crash would; {@link #restart(Server)} brings it back. */
    public void kill(Server server) {
        instance(server).kill();
    }

    /**
     * Starts a killed server again with the same port, environment and data, and returns once it is ready (or
     * throws {@link LaunchFailure}). Kills it first if it is still running.
     */
    public void restart(Server server) {
        PayaraInstance instance = instance(server);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the system is stopped");
            }
            if (instance.alive()) {
                instance.kill();
            }
            instance.restart();
        }
        new ReadinessWait(List.of(instance), progress, options.readyTimeout(), this::isClosed).await();
    }

    /** True while the server's JVM runs (ready or not). */
    public boolean isRunning(Server server) {
        return instance(server).alive();
    }

    private PayaraInstance instance(Server server) {
        return instances.stream().filter(i -> i.server() == server).findFirst()
                .orElseThrow(() -> new IllegalStateException(server.id() + " is not started"));
    }

    /**
     * Starts another instance of a running server: the same WAR, database, key directory (same keys), broker and
     * environment as the first one, except its own port (a free one), public URL, temp dir and log (in
     * {@code <data>/<server>-<n>/}). Returns its base URL once it is ready, or throws {@link LaunchFailure} (and
     * leaves nothing running). The partners still know only the first instance's URL. Stopped by
     * {@link #stopExtraInstances(Server)} or by {@link #close()}.
     */
    public String startExtraInstance(Server server) {
        PayaraInstance first = instance(server);
        PayaraInstance extra;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the system is stopped");
            }
            int number = 2 + (int) extras.stream().filter(i -> i.server() == server).count();
            Path home = data.extraInstance(server, number);
            Path tmp = home.resolve("tmp");
            try {
                Files.createDirectories(tmp);
            } catch (java.io.IOException e) {
                throw new LaunchFailure("cannot create " + tmp + ": " + e.getMessage(), e);
            }
            extra = new PayaraInstance(server, freePort(), runtime, home, tmp, home.resolve("server.log"));
            Map<String, String> environment = new java.util.HashMap<>(first.environment());
            environment.put("ANONPAY_PUBLIC_URL", extra.baseUrl());
            extras.add(extra);
            extra.start(brokerUrl, environment);
        }
        progress.step("starting another " + server.id() + " on " + extra.port());
        try {
            new ReadinessWait(List.of(extra), progress, options.readyTimeout(), this::isClosed).await();
        } catch (RuntimeException e) {
            extra.stop(STOP_GRACE);
            throw e;
        }
        return extra.baseUrl();
    }

    /** Stops every extra instance of the server (SIGTERM, then SIGKILL after the grace period); the first stays. */
    public void stopExtraInstances(Server server) {
        List<PayaraInstance> stopping;
        synchronized (lock) {
            stopping = extras.stream().filter(i -> i.server() == server).toList();
        }
        stopInParallel(stopping);
    }

    /** The extra instances started by {@link #startExtraInstance(Server)}, running or stopped. */
    public List<PayaraInstance> extraInstances() {
        synchronized (lock) {
            return List.copyOf(extras);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new LaunchFailure("no free port for another instance: " + e.getMessage(), e);
        }
    }

    private void startServers(Path runtime) {
        this.runtime = runtime;
        List<PayaraInstance> created = new ArrayList<>();
        for (Server server : Server.values()) {
            created.add(new PayaraInstance(server, options.port(server), runtime, data));
        }
        instances = List.copyOf(created);
        started(() -> {
            AutoCloseable stop = () -> stopInParallel(instances);
            try {
                for (PayaraInstance instance : instances) {
                    Server server = instance.server();
                    instance.start(brokerUrl, ServerEnvironment.of(server, databases.get(server), brokerUrl,
                            data.keys(server), secrets, this::baseUrl));
                }
            } catch (RuntimeException e) {
                stopInParallel(instances);
                throw e;
            }
            return stop;
        });
        progress.step("starting " + String.join(", ", instances.stream()
                .map(i -> i.server().id() + " on " + i.port()).toList()));
    }

    /** In demo mode, a catalog and cardholders to try the system with; nothing outside demo mode. */
    private List<DemoCardholder> seedDemoData() {
        if (!options.demo()) {
            return List.of();
        }
        DemoSeed seed = new DemoSeed(operator());
        seed.catalog(baseUrl(Server.MALL));
        List<DemoCardholder> cardholders = seed.cardholders(baseUrl(Server.CREDIT),
                data.root().resolve("demo-cardholders.json"));
        progress.step("demo data ready: a catalog and " + cardholders.size() + " cardholders (see run.json)");
        return cardholders;
    }

    private RunFile describe(List<DemoCardholder> cardholders) {
        List<RunFile.Entry> entries = instances.stream().map(instance -> new RunFile.Entry(instance.server(),
                instance.baseUrl(), instance.port(), databases.get(instance.server()).jdbcUrl(), instance.logFile()))
                .toList();
        return new RunFile(data.root(), brokerUrl, entries, options.demo() ? operator() : null, cardholders,
                Instant.now());
    }

    public String baseUrl(Server server) {
        return PayaraInstance.baseUrl(server, options.port(server));
    }

    public List<PayaraInstance> servers() {
        return instances;
    }

    public ServerDatabase database(Server server) {
        return databases.get(server);
    }

    public String brokerUrl() {
        return brokerUrl;
    }

    public RunFile.Credentials operator() {
        return new RunFile.Credentials(secrets.operatorUser(), secrets.operatorPassword());
    }

    public DataDirectory dataDirectory() {
        return data;
    }

    /** What was written to {@code run.json}; {@code null} until ready. */
    public RunFile runFile() {
        return runFile;
    }

    /** True once {@link #close()} has begun. */
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Runs one start step unless the system is being closed, and remembers to undo it. */
    private <T extends AutoCloseable> T started(Supplier<T> step) {
        synchronized (lock) {
            if (closed) {
                throw new LaunchFailure("stopped while starting");
            }
            T component = step.get();
            running.push(component);
            return component;
        }
    }

    /**
     * Stops the servers (in parallel), then the broker, then PostgreSQL. Idempotent; a second caller waits until
     * the first one is done, so that a shutdown hook never lets the JVM end half-way.
     */
    @Override
    public void close() {
        boolean first;
        synchronized (lock) {
            first = !closed;
            closed = true;
        }
        if (!first) {
            awaitStopped();
            return;
        }
        try {
            List<PayaraInstance> extraInstances;
            synchronized (lock) {
                extraInstances = List.copyOf(extras);
            }
            stopInParallel(extraInstances);
            while (!running.isEmpty()) {
                try {
                    running.pop().close();
                } catch (Exception e) {
                    System.err.println("anonpay: while stopping: " + e);
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopInParallel(List<PayaraInstance> instances) {
        List<Thread> stoppers = new ArrayList<>();
        for (PayaraInstance instance : instances) {
            Thread stopper = new Thread(() -> instance.stop(STOP_GRACE), "stop-" + instance.server().id());
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
