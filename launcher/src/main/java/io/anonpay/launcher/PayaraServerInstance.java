package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One server on its own Payara Server domain ({@code <data>/<party>/payara-domain/<party>}), run by
 * {@code asadmin start-domain --verbose}. The domain is created once, with a port base of its own (30000, 30100,
 * 30200: its admin port is that plus 48), and configured at its first start by the same commands as Payara Micro's
 * post-boot file (docs/deploy.md) through {@code asadmin multimode}, which also moves its HTTP listener to the
 * party's port, turns off its data grid, caps its log and deploys the party's deployable (the mall's EAR, the
 * others' WARs). Later starts find all of it in the domain.
 * <p>
 * With {@code --tls} the party runs another domain, {@code <party>-tls}, created with the run's store password as
 * its master password (given to asadmin in the owner-only {@code <data>/<party>/payara-master.password}), so that
 * Payara Server opens its own key and trust stores, the JVM's {@code javax.net.ssl} stores, with it. Before each
 * start the run's certificate goes into its key store and the run's authority becomes all its trust store holds; at
 * its first start its HTTPS listener {@code http-listener-2} moves to the party's port with that certificate and
 * answers a plain request with a redirect to https, and the plain listener is turned off. Its admin port stays
 * plain HTTP. Plain and {@code --tls} runs of one data directory so keep a domain each.
 */
public final class PayaraServerInstance extends ServerJvm {

    private static final String CONFIGURED = "anonpay-configured";
    /** The domain of a {@code --tls} run is {@code <party>-tls}, beside the plain run's {@code <party>}. */
    static final String TLS_SUFFIX = "-tls";
    /** Payara Server's HTTPS listener and its protocol, which {@code --tls} moves to the party's port. */
    private static final String HTTPS_LISTENER = "http-listener-2";

    private final PayaraServerInstall install;
    private final Path runtime;
    private final Path domains;
    private final int portBase;
    private final Transport transport;
    private final String domainName;
    private final Path masterPassword;
    private volatile String configureFailure;

    PayaraServerInstance(Server server, int port, Path runtime, PayaraServerInstall install, DataDirectory data,
                         Transport transport) {
        super(server, port, ServerLog.payaraServer(data.serverLog(server)));
        this.install = install;
        this.runtime = runtime;
        this.transport = transport;
        this.domains = data.server(server).resolve("payara-domain");
        this.portBase = 30000 + 100 * server.ordinal();
        this.domainName = server.id() + (transport.encrypted() ? TLS_SUFFIX : "");
        this.masterPassword = transport.material()
                .map(tls -> writeMasterPassword(data.server(server).resolve("payara-master.password"), tls))
                .orElse(null);
        install.createDomain(server, domains, domainName, portBase, runtime.resolve(RuntimeDirectory.JDBC_DRIVER),
                masterPassword, transport.material().map(TlsMaterial::password).orElse(null));
    }

    @Override
    public String scheme() {
        return transport.scheme();
    }

    @Override
    String runtimeName() {
        return "Payara Server";
    }

    /** Starts the domain; at its first start, configures it as soon as its admin port answers. */
    @Override
    public void start(String brokerUrl, Map<String, String> environment) {
        configureFailure = null;
        super.start(brokerUrl, environment);
        if (!Files.exists(domain().resolve(CONFIGURED))) {
            Thread configure = new Thread(() -> configureOnceUp(brokerUrl), "configure-" + server().id());
            configure.setDaemon(true);
            configure.start();
        }
    }

    @Override
    ProcessBuilder command(String brokerUrl, Map<String, String> environment) {
        // the run's certificate and authority into the domain's stores, which open with its master password
        transport.material().ifPresent(tls -> PayaraServerInstall.installTls(domain(), tls, server().id()));
        List<String> arguments = new ArrayList<>();
        if (masterPassword != null) {
            arguments.addAll(List.of("--passwordfile", masterPassword.toString()));
        }
        arguments.addAll(List.of("start-domain", "--verbose", "--domaindir", domains.toString(), domainName));
        // in verbose mode the domain echoes every log record to its console: the capped server.log has them all
        return install.asadmin(arguments.toArray(String[]::new)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    @Override
    public Status look(Readiness readiness) {
        String failure = configureFailure;
        if (failure != null) {
            return new Status(false, true, failure);
        }
        return super.look(readiness);
    }

    /** {@code asadmin stop-domain} first, so that the domain stops as an operator's would; then the process. */
    @Override
    public void stop(Duration grace) {
        if (alive()) {
            try {
                Process stop = install.asadmin("stop-domain", "--domaindir", domains.toString(), domainName)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                stop.waitFor(grace.toSeconds(), TimeUnit.SECONDS);
            } catch (IOException e) {
                // the process below is stopped all the same
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.stop(grace);
    }

    private Path domain() {
        return domains.resolve(domainName);
    }

    /** The owner-only file that gives asadmin the domain's master password: the run's store password. */
    private static Path writeMasterPassword(Path file, TlsMaterial tls) {
        try {
            return TlsMaterial.writeOwnerOnly(file, "AS_ADMIN_MASTERPASSWORD=" + tls.password() + "\n");
        } catch (IOException e) {
            throw new LaunchFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void configureOnceUp(String brokerUrl) {
        int adminPort = portBase + 48;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        try {
            while (!answers(adminPort)) {
                if (Instant.now().isAfter(deadline) || !alive()) {
                    configureFailure = "its admin port " + adminPort + " never answered";
                    return;
                }
                Thread.sleep(1000);
            }
            Path commands = Files.writeString(domain().resolve("configure.asadmin"), configureCommands(brokerUrl),
                    StandardCharsets.UTF_8);
            Process configure = install.asadmin("--port", Integer.toString(adminPort), "multimode", "--file",
                            commands.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(domains.resolveSibling("payara-configure.log").toFile()).start();
            if (!configure.waitFor(5, TimeUnit.MINUTES) || configure.exitValue() != 0) {
                configureFailure = "configuring its domain failed: see " + domains.resolveSibling("payara-configure.log");
                return;
            }
            Files.writeString(domain().resolve(CONFIGURED), Instant.now().toString());
        } catch (IOException e) {
            configureFailure = "configuring its domain failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The post-boot commands of Payara Micro, with the backslashes of the broker URL doubled (multimode reads one
     * level of them), then what a full domain needs besides.
     */
    String configureCommands(String brokerUrl) {
        String party = server().id();
        String log = "com.sun.enterprise.server.logging.GFFileHandler.";
        String listeners = "set configs.config.server-config.network-config.network-listeners.network-listener.";
        List<String> commands = new ArrayList<>(List.of(
                "set-hazelcast-configuration --enabled=false",
                "set-log-attributes " + log + "file=" + logFile().toString().replace(":", "\\\\:") + ":"
                        + log + "rotationLimitInBytes=10000000:" + log + "maxHistoryFiles=3"));
        if (transport.encrypted()) {
            // HTTPS only: the HTTPS listener on the party's port with the run's certificate, a plain request there
            // redirected to https, the plain listener off
            commands.add(listeners + "http-listener-1.enabled=false");
            commands.add(listeners + HTTPS_LISTENER + ".port=" + port());
            commands.add("set configs.config.server-config.network-config.protocols.protocol." + HTTPS_LISTENER
                    + ".ssl.cert-nickname=" + TlsMaterial.ALIAS);
            commands.addAll(List.of(PayaraFiles.plainHttpRedirected(HTTPS_LISTENER).split("\n")));
        } else {
            commands.add(listeners + "http-listener-1.port=" + port());
        }
        for (String line : PayaraFiles.postBootCommands(brokerUrl, runtime.resolve(PayaraFiles.RESOURCE_ADAPTER
                + ".rar"), party).split("\n")) {
            commands.add(line.replace("\\", "\\\\"));
        }
        // an EAR names its web module's context root itself
        String deployable = server().deployable(ServerRuntime.PAYARA_SERVER);
        commands.add("deploy --name " + party + (deployable.endsWith(".war") ? " --contextroot " + party : "") + " "
                + runtime.resolve(deployable));
        // after the party's own: until the party is deployed, nothing answers its paths with a problem
        commands.add("deploy --name root --contextroot / " + runtime.resolve(RuntimeDirectory.ROOT_MODULE));
        return String.join("\n", commands) + "\n";
    }

    /**
     * Whether the domain takes admin commands: its admin port accepts connections a while before it does, and a
     * command sent then fails with "does not listen for requests".
     */
    private boolean answers(int adminPort) throws InterruptedException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", adminPort), 1000);
        } catch (IOException e) {
            return false;
        }
        try {
            Process uptime = install.asadmin("--port", Integer.toString(adminPort), "uptime")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return uptime.waitFor(30, TimeUnit.SECONDS) && uptime.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
