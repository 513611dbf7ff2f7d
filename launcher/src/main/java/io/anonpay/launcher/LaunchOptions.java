package io.anonpay.launcher;

import io.anonpay.embedded.ServerDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to start and where, from command-line flags first, then environment variables, then defaults.
 *
 * @param runtime            the application server every party runs on
 * @param runtimeDir         the folder holding payara-micro.jar, activemq-rar.rar, the WARs and wildfly/; {@code null}:
 *                           the {@code runtime/} folder beside the launcher's jar
 * @param externalDatabases  servers whose database is an external PostgreSQL; the others get the embedded one
 * @param brokerUrl          an external broker; {@code null}: start the embedded one
 * @param tls                HTTPS and {@code ssl://} only, with certificates of a local authority
 */
public record LaunchOptions(Path dataDir, boolean fresh, ServerRuntime runtime, Path runtimeDir, Map<Server, Integer> ports, int postgresPort,
                            int brokerPort, Map<Server, ServerDatabase> externalDatabases, String brokerUrl,
                            Duration readyTimeout, boolean tls, boolean help) {

    public static final String DEFAULT_DATA_DIR = "anonpay-data";
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_BROKER_PORT = 61616;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    public LaunchOptions {
        ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        externalDatabases = externalDatabases.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(externalDatabases));
        if (ports.size() != Server.values().length) {
            throw new IllegalArgumentException("a port is needed for every server");
        }
        requireDistinctPorts(ports, postgresPort, brokerPort, externalDatabases, brokerUrl);
    }

    public int port(Server server) {
        return ports.get(server);
    }

    public Optional<ServerDatabase> externalDatabase(Server server) {
        return Optional.ofNullable(externalDatabases.get(server));
    }

    /** True when the embedded PostgreSQL serves at least one server. */
    public boolean embeddedPostgres() {
        return externalDatabases.size() < Server.values().length;
    }

    public boolean embeddedBroker() {
        return brokerUrl == null;
    }

    /** Demo mode: nothing external, so demo credentials may be written to the run file. */
    public boolean demo() {
        return externalDatabases.isEmpty() && brokerUrl == null;
    }

    /** Parses the command line; environment variables fill in what the flags leave out. */
    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        Map<String, String> flags = new CommandLine(args).flags();
        Path dataDir = Path.of(value(flags, "--data-dir", env, "ANONPAY_DATA_DIR", DEFAULT_DATA_DIR))
                .toAbsolutePath().normalize();
        ServerRuntime runtime = ServerRuntime.named(value(flags, "--runtime", env, "ANONPAY_RUNTIME",
                ServerRuntime.PAYARA_MICRO.option()));
        String runtimeDir = value(flags, "--runtime-dir", env, "ANONPAY_RUNTIME_DIR", null);
        Map<Server, Integer> ports = new EnumMap<>(Server.class);
        Map<Server, ServerDatabase> external = new EnumMap<>(Server.class);
        for (Server server : Server.values()) {
            ports.put(server, number(flags, "--" + server.id() + "-port", server.defaultPort()));
            String prefix = "ANONPAY_" + server.name() + "_DB_";
            String url = value(flags, "--db-url-" + server.id(), env, prefix + "URL", null);
            if (url != null) {
                external.put(server, new ServerDatabase(server.id(), url,
                        env.getOrDefault(prefix + "USER", server.id()), env.getOrDefault(prefix + "PASSWORD", "")));
            }
        }
        return new LaunchOptions(dataDir, flags.containsKey("--fresh"), runtime,
                runtimeDir == null ? null : Path.of(runtimeDir),
                ports, number(flags, "--pg-port", DEFAULT_POSTGRES_PORT),
                number(flags, "--broker-port", DEFAULT_BROKER_PORT),
                external, value(flags, "--broker-url", env, "ANONPAY_BROKER_URL", null),
                Duration.ofSeconds(number(flags, "--timeout", (int) DEFAULT_READY_TIMEOUT.toSeconds())),
                flags.containsKey("--tls"), flags.containsKey("--help"));
    }

    private static String value(Map<String, String> flags, String flag, Map<String, String> env, String variable,
                                String fallback) {
        String value = flags.get(flag);
        if (value == null) {
            value = env.get(variable);
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException((flags.containsKey(flag) ? flag : variable) + " needs a value");
        }
        return value == null ? fallback : value;
    }

    private static int number(Map<String, String> flags, String flag, int fallback) {
        String value = flags.get(flag);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1 || number > 65535) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number from 1 to 65535, not '" + value + "'");
        }
    }

    private static void requireDistinctPorts(Map<Server, Integer> ports, int postgresPort, int brokerPort,
                                             Map<Server, ServerDatabase> external, String brokerUrl) {
        List<Integer> used = new ArrayList<>(ports.values());
        if (external.size() < Server.values().length) {
            used.add(postgresPort);
        }
        if (brokerUrl == null) {
            used.add(brokerPort);
        }
        if (new HashSet<>(used).size() != used.size()) {
            throw new IllegalArgumentException("every server, PostgreSQL and the broker need ports of their own: "
                    + used);
        }
    }
}
