package io.anonpay.launcher;

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
 */
public final class PayaraServerInstance extends ServerJvm {

    private static final String CONFIGURED = "anonpay-configured";

    private final PayaraServerInstall install;
    private final Path runtime;
    private final Path domains;
    private final int portBase;
    private volatile String configureFailure;

    PayaraServerInstance(Server server, int port, Path runtime, PayaraServerInstall install, DataDirectory data) {
        super(server, port, ServerLog.payaraServer(data.serverLog(server)));
        this.install = install;
        this.runtime = runtime;
        this.domains = data.server(server).resolve("payara-domain");
        this.portBase = 30000 + 100 * server.ordinal();
        install.createDomain(server, domains, portBase, runtime.resolve(RuntimeDirectory.JDBC_DRIVER));
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
        // in verbose mode the domain echoes every log record to its console: the capped server.log has them all
        return install.asadmin("start-domain", "--verbose", "--domaindir", domains.toString(), server().id())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
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
                Process stop = install.asadmin("stop-domain", "--domaindir", domains.toString(), server().id())
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
        return domains.resolve(server().id());
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
    private String configureCommands(String brokerUrl) {
        String party = server().id();
        String log = "com.sun.enterprise.server.logging.GFFileHandler.";
        List<String> commands = new ArrayList<>(List.of(
                "set-hazelcast-configuration --enabled=false",
                "set-log-attributes " + log + "file=" + logFile().toString().replace(":", "\\\\:") + ":"
                        + log + "rotationLimitInBytes=10000000:" + log + "maxHistoryFiles=3",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port="
                        + port()));
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
