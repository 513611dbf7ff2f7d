package io.anonpay.launcher;

import io.anonpay.embedded.DatabaseProvisioning;
import io.anonpay.embedded.EmbeddedDatabase;
import io.anonpay.embedded.ServerDatabase;
import io.anonpay.launcher.tls.TlsMaterial;

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
 * stopped in reverse. {@code try (AnonpaySystem system = AnonpaySystem.start(options, progress)) { ... }}.
 * {@link #close()} may come from another thread (a shutdown hook) while it is still starting. Tests take the
 * broker or a server down and up again through {@link #broker()} and {@link #server(Server)}.
 */
public final class AnonpaySystem implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Who gets a certificate of the run's authority: the three servers and the broker. */
    static final List<String> TLS_NAMES = List.of(Server.MALL.id(), Server.CREDIT.id(), Server.SHIPPING.id(),
            BrokerProcess.TLS_NAME);

    private final LaunchOptions options;
    private final Progress progress;
    private final DataDirectory data;
    private final Map<Server, ServerDatabase> databases = new EnumMap<>(Server.class);
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Object lock = new Object();
    private List<ServerProcess> instances = List.of();
    private final Map<Server, ServerHandle> handles = new EnumMap<>(Server.class);
    private Secrets secrets;
    private Transport transport;
    private String brokerUrl;
    private BrokerHandle broker;
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

    /** Starts everything; on failure stops what was started and throws {@link LaunchFailure}. */
    public void launch() {
        try {
            Path runtime = RuntimeDirectory.locate(options.runtimeDir(), options.runtime());
            Ports.requireFree(options);
            started(() -> {
                data.open(options.fresh());
                return data;
            });
            secrets = Secrets.loadOrCreate(data.secrets());
            transport = options.tls() ? Transport.tls(TlsMaterial.prepare(data.tls(), secrets.keyStorePassword(),
                    TLS_NAMES, Instant.now())) : Transport.plain();
            progress.step(transport.describe());
            startDatabases();
            launchBroker();
            startServers(runtime);
            new ReadinessWait(instances, progress, options.readyTimeout(), this::isClosed, transport).await();
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
        EmbeddedDatabase postgres = started(() -> EmbeddedDatabase.start(data.postgres(), options.postgresPort(),
                secrets.superuserPassword()));
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
        BrokerHandle embedded = new BrokerHandle(this, data, options.brokerPort(), transport);
        // registered before it starts, so that a close() meanwhile stops it
        started(() -> {
            AutoCloseable stop = embedded::stop;
            return stop;
        });
        embedded.start();
        broker = embedded;
        brokerUrl = embedded.url();
        progress.step("broker ready at " + brokerUrl);
    }

    private void startServers(Path runtime) {
        List<ServerProcess> created = new ArrayList<>();
        WildflyInstall wildfly = null;
        PayaraServerInstall payaraServer = null;
        if (options.runtime() == ServerRuntime.WILDFLY) {
            progress.step("preparing WildFly in " + data.root().resolve(WildflyInstall.DIRECTORY));
            wildfly = WildflyInstall.prepare(runtime, data);
        } else if (options.runtime() == ServerRuntime.PAYARA_SERVER) {
            progress.step("preparing Payara Server in " + data.root().resolve(PayaraServerInstall.DIRECTORY));
            payaraServer = PayaraServerInstall.prepare(runtime, data);
        }
        for (Server server : Server.values()) {
            int port = options.port(server);
            ServerProcess instance = wildfly != null ? new WildflyInstance(server, port, runtime, wildfly, data, transport)
                    : payaraServer != null ? new PayaraServerInstance(server, port, runtime, payaraServer, data, transport)
                    : new PayaraInstance(server, port, runtime, data, transport);
            created.add(instance);
            handles.put(server, new ServerHandle(this, instance, runtime));
        }
        instances = List.copyOf(created);
        started(() -> {
            AutoCloseable stop = () -> ServerProcess.stopAll(instances, STOP_GRACE);
            try {
                for (ServerProcess instance : instances) {
                    Server server = instance.server();
                    instance.start(brokerUrl, ServerEnvironment.of(server, databases.get(server), brokerUrl,
                            data.keys(server), secrets, this::baseUrl));
                }
            } catch (RuntimeException e) {
                ServerProcess.stopAll(instances, STOP_GRACE);
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
        DemoSeed seed = new DemoSeed(operator(), transport);
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
                transport.material().map(TlsMaterial::authorityCertificate).orElse(null), Instant.now());
    }

    public String baseUrl(Server server) {
        return ServerProcess.baseUrl(transport.scheme(), server, options.port(server));
    }

    /** Plain, or TLS with the run's own authority: what a client of the system must trust. */
    public Transport transport() {
        return transport;
    }

    public List<ServerProcess> servers() {
        return instances;
    }

    /** The embedded broker, to stop, kill and start it; throws {@link IllegalStateException} for an external one. */
    public BrokerHandle broker() {
        if (broker == null) {
            throw new IllegalStateException("the broker at " + brokerUrl + " is not embedded");
        }
        return broker;
    }

    /** A started server, to kill and restart it or to run more instances of it. */
    public ServerHandle server(Server server) {
        ServerHandle handle = handles.get(server);
        if (handle == null) {
            throw new IllegalStateException(server.id() + " is not started");
        }
        return handle;
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
     * Runs a step that starts or restarts a process unless {@link #close()} has begun; close() cannot begin while
     * it runs, so that what it starts is stopped with the rest.
     */
    <T> T unlessClosed(Supplier<T> step) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the system is stopped");
            }
            return step.get();
        }
    }

    /** Waits until a (re)started instance is ready, as at launch. */
    void awaitReady(ServerProcess instance) {
        new ReadinessWait(List.of(instance), progress, options.readyTimeout(), this::isClosed, transport).await();
    }

    Progress progress() {
        return progress;
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
            ServerProcess.stopAll(handles.values().stream().flatMap(handle -> handle.extras().stream()).toList(),
                    STOP_GRACE);
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
}
