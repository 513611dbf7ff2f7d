package io.anonpay.it;

import io.anonpay.embedded.DatabaseProvisioning;
import io.anonpay.embedded.EmbeddedBroker;
import io.anonpay.embedded.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a real PostgreSQL (its superuser's password {@code ANONPAY_IT_PG_PASSWORD}) and a real broker once per
 * Failsafe JVM, before Arquillian starts Payara Micro, and writes the post-boot command file that points the ActiveMQ resource adapter at the broker. Ports and
 * credentials come from the environment Failsafe sets (the same variables the server reads), so the test JVM
 * and the Payara Micro it spawns agree. Without {@code ANONPAY_IT_DATA} (unit tests) it does nothing.
 */
public class InfrastructureSession implements LauncherSessionListener {

    private static EmbeddedBroker broker;
    private static Path brokerData;
    private static int brokerPort;
    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String data = System.getenv("ANONPAY_IT_DATA");
        if (data == null) {
            return;
        }
        Path dataDir = Path.of(data);
        database = EmbeddedDatabase.start(dataDir.resolve("postgres"), Integer.parseInt(env("ANONPAY_IT_PG_PORT")),
                env("ANONPAY_IT_PG_PASSWORD"));
        DatabaseProvisioning.provision(database, env("DB_USER"), env("DB_PASSWORD"));
        brokerData = dataDir.resolve("broker");
        brokerPort = Integer.parseInt(env("ANONPAY_IT_BROKER_PORT"));
        broker = EmbeddedBroker.start(brokerData, brokerPort);
        TestParties.serve(Integer.parseInt(env("ANONPAY_IT_PARTNER_PORT")));
        writePostBootCommands(dataDir, broker.url(), Path.of(env("ANONPAY_IT_RAR")));
    }

    /**
     * The resource adapter pointed at the broker and deployed, every party's connection factory ({@code jms/<party>})
     * and the module's database under every party's name ({@code jdbc/<party>}), as the launcher and docs/deploy.md
     * do; the database pool takes the URL, user and password from the server's environment, which Failsafe sets.
     */
    private static void writePostBootCommands(Path dataDir, String brokerUrl, Path rar) {
        List<String> commands = new ArrayList<>(List.of(
                "create-resource-adapter-config --property ServerUrl=" + brokerUrl.replace(":", "\\:") + " activemq-rar",
                "deploy --type rar --name activemq-rar " + rar.toAbsolutePath(),
                "create-connector-connection-pool --raname activemq-rar --connectiondefinition jakarta.jms.ConnectionFactory"
                        + " --transactionsupport LocalTransaction --property UseSessionArgs=true it-mall-jms-pool",
                "create-connector-resource --poolname it-mall-jms-pool jms/mall",
                "create-connector-connection-pool --raname activemq-rar --connectiondefinition jakarta.jms.ConnectionFactory"
                        + " --transactionsupport LocalTransaction --property UseSessionArgs=true it-jms-pool",
                "create-connector-resource --poolname it-jms-pool jms/credit",
                "create-connector-resource --poolname it-jms-pool jms/shipping",
                "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                        + " --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32"
                        + " --property url=unset:user=unset:password=unset it-pool"));
        // Payara expands ${ENV=...} before it parses a command: a URL's colons would split --property.
        for (String property : List.of("url=${ENV=DB_URL}", "user=${ENV=DB_USER}", "password=${ENV=DB_PASSWORD}")) {
            commands.add("set resources.jdbc-connection-pool.it-pool.property." + property);
        }
        for (String party : List.of("mall", "credit", "shipping")) {
            commands.add("create-jdbc-resource --connectionpoolid it-pool jdbc/" + party);
        }
        try {
            Files.createDirectories(dataDir.resolve("tmp"));
            Files.write(dataDir.resolve("postboot.asadmin"), commands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the in-container tests through Maven Failsafe");
        }
        return value;
    }

    /** Stops the broker, as an outage would; its persistent store keeps what it held. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on the same port and store, after {@link #stopBroker()}. */
    public static synchronized void startBroker() {
        if (broker == null) {
            broker = EmbeddedBroker.start(brokerData, brokerPort);
        }
    }

    /** The broker URL the server under test uses. */
    public static String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestParties.stop();
        stopBroker();
        if (database != null) {
            database.close();
        }
    }
}
