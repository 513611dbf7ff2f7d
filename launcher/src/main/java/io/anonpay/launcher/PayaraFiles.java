package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a Payara Micro instance boots with: post-boot asadmin commands and a quiet logging configuration. */
final class PayaraFiles {

    /** The resource adapter's name is the rar's file name without {@code .rar}: the applications refer to it. */
    static final String RESOURCE_ADAPTER = "activemq-rar";
    /** Bytes of request line and headers the HTTP layer takes, on HTTP/1.1 and on HTTP/2. */
    private static final int HEADER_LIMIT = 64 * 1024;
    /** The HTTPS port's protocol with TLS: HTTPS, or a redirect to it for a plain request. */
    private static final String UNIFIED_PROTOCOL = "https-or-redirect";
    private static final String REDIRECT_PROTOCOL = "http-redirect";

    private static final String LOGGING = """
            handlers=java.util.logging.ConsoleHandler
            java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter
            java.util.logging.ConsoleHandler.level=FINE
            com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=false
            .level=WARNING
            PayaraMicro.level=INFO
            javax.enterprise.system.core.level=INFO
            javax.enterprise.system.core.security.level=WARNING
            javax.enterprise.system.security.ssl.level=SEVERE
            jakarta.enterprise.web.level=WARNING
            org.glassfish.grizzly.level=WARNING
            com.hazelcast.level=SEVERE
            io.anonpay.level=INFO
            org.flywaydb.level=INFO
            """;

    private PayaraFiles() {
    }

    /**
     * What the server defines for the party, by the names the application looks up (ServerResources): the ActiveMQ
     * resource adapter pointed at the broker and deployed, the party's connection factory {@code jms/<party>} (a
     * pool of the adapter that allows local transactions, which the outbox relay and the mall's dead letters use) and its
     * database {@code jdbc/<party>}. The same commands as on Payara Server (docs/deploy.md). The database's URL,
     * user and password come from the instance's environment, so no secret is written into the file. Payara's own
     * MicroProfile Metrics are switched off: they answered at {@code /metrics} of the instance to anyone, beside the
     * party's figures at {@code <context>/metrics}, which ask for the operator's credential (docs/operations.md).
     */
    static Path writePostBoot(Path directory, String brokerUrl, Path resourceAdapter, Server server) {
        return write(directory.resolve("postboot.asadmin"), postBootCommands(brokerUrl, resourceAdapter, server.id()));
    }

    static String postBootCommands(String brokerUrl, Path resourceAdapter, String party) {
        return "create-resource-adapter-config --property ServerUrl=" + asadminValue(brokerUrl) + " "
                + RESOURCE_ADAPTER + "\n"
                + "deploy --type rar --name " + RESOURCE_ADAPTER + " " + resourceAdapter.toAbsolutePath() + "\n"
                + connectionFactory(party)
                + jdbcPool(party + "-pool")
                + "create-jdbc-resource --connectionpoolid " + party + "-pool jdbc/" + party + "\n"
                + "set-metrics-configuration --enabled=false\n";
    }

    /**
     * The party's connection factory {@code jms/<party>}: a pool of the adapter that allows local transactions and
     * whose sessions honour their arguments ({@code UseSessionArgs=true}), so that the outbox relay sends a batch in
     * one broker transaction (OutboxRelay) and the mall takes a dead letter back in one. Payara's
     * {@code NoTransaction} pool refuses the adapter's local transaction at the first send.
     */
    static String connectionFactory(String party) {
        String pool = party + "-jms-pool";
        return "create-connector-connection-pool --raname " + RESOURCE_ADAPTER
                + " --connectiondefinition jakarta.jms.ConnectionFactory --transactionsupport LocalTransaction"
                + " --property UseSessionArgs=true " + pool + "\n"
                + "create-connector-resource --poolname " + pool + " jms/" + party + "\n";
    }

    /**
     * A PostgreSQL pool whose URL, user and password come from the environment. Payara expands {@code ${ENV=…}}
     * in a command file before it parses the command, so the values cannot go into {@code --property} (a URL's
     * colons would split it): the pool is created with placeholders and {@code set} gives each its value.
     */
    static String jdbcPool(String pool) {
        String property = "set resources.jdbc-connection-pool." + pool + ".property.";
        return "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32"
                + " --property url=unset:user=unset:password=unset " + pool + "\n"
                + property + "url=${ENV=DB_URL}\n"
                + property + "user=${ENV=DB_USER}\n"
                + property + "password=${ENV=DB_PASSWORD}\n";
    }

    /**
     * Gives HTTP/1.1 and HTTP/2 one limit of 64 KiB of headers, so that a request with a long request line reaches
     * the application, which answers with a problem (the body has the same limit). Grizzly's defaults were 8 KiB for
     * HTTP/1.1, beyond which it answers a bare 400 itself, and 4 KiB for HTTP/2, where a long path was a protocol
     * error after which every request on the connection got 431 (Java's own HTTP client upgrades to cleartext
     * HTTP/2). Turning HTTP/2 off instead makes Grizzly wait for the body of such a client's POST: it takes the
     * upgrade request's body for the upgraded stream. Before boot, not after: set after boot, the listener restarts,
     * and under load it once came back without its Grizzly proxy, answering nothing.
     */
    static Path writePreBoot(Path directory, boolean tls) {
        return write(directory.resolve("preboot.asadmin"), preBootCommands(tls));
    }

    /**
     * With TLS, the limits go to the HTTPS listener, the plain listener is disabled and the HTTPS port answers a
     * plain request itself (see {@link #plainHttpRedirected()}).
     */
    static String preBootCommands(boolean tls) {
        String network = "set configs.config.server-config.network-config.";
        String http = network + "protocols.protocol." + (tls ? "https-listener" : "http-listener") + ".http.";
        String commands = http + "header-buffer-length-bytes=" + HEADER_LIMIT + "\n"
                + http + "http2-max-header-list-size-in-bytes=" + HEADER_LIMIT + "\n";
        return tls ? commands + network + "network-listeners.network-listener.http-listener.enabled=false\n"
                + plainHttpRedirected("https-listener")
                : commands;
    }

    /**
     * Grizzly's port unification on the HTTPS port, the way GlassFish's admin port does it: a TLS handshake goes to
     * the HTTPS listener's protocol, a plain HTTP request to an {@code http-redirect} protocol, which answers 302 to
     * the same host, port and path on https with an empty body, so that the application never sees it (before, such
     * a request got no answer at all). Grizzly turns HTTP/2 off on a unified port: HTTPS clients speak HTTP/1.1.
     * {@code listener} names the HTTPS network listener and its protocol alike (Payara Micro's {@code https-listener},
     * Payara Server's {@code http-listener-2}).
     */
    static String plainHttpRedirected(String listener) {
        String finder = "create-protocol-finder --protocol " + UNIFIED_PROTOCOL + " --classname "
                + "org.glassfish.grizzly.config.portunif.HttpProtocolFinder --targetprotocol ";
        return "create-protocol --securityenabled=false " + REDIRECT_PROTOCOL + "\n"
                + "create-http-redirect --secure-redirect=true " + REDIRECT_PROTOCOL + "\n"
                + "create-protocol --securityenabled=false " + UNIFIED_PROTOCOL + "\n"
                + finder + listener + " https\n"
                + finder + REDIRECT_PROTOCOL + " " + REDIRECT_PROTOCOL + "\n"
                + "set configs.config.server-config.network-config.network-listeners.network-listener." + listener
                + ".protocol=" + UNIFIED_PROTOCOL + "\n";
    }

    static Path writeLogging(Path directory) {
        return write(directory.resolve("logging.properties"), LOGGING);
    }

    /** asadmin separates properties with ':' and names from values with '=': both need a backslash in a value. */
    static String asadminValue(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
