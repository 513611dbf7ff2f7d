package io.anonpay.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only a role's own password opens its own database; the superuser too needs its password. Issue 22. */
class EmbeddedDatabaseTest {

    private static final String SUPERUSER_PASSWORD = "superuser-secret";
    private static final String MALL_PASSWORD = "mall-secret";
    private static final String CREDIT_PASSWORD = "credit-secret";

    @TempDir
    Path data;

    @Test
    void aRoleLogsInOnlyWithItsPasswordAndOnlyToItsOwnDatabase() throws Exception {
        int port = freePort();
        Path postgres = data.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres, port, SUPERUSER_PASSWORD)) {
            DatabaseProvisioning.provision(database, "mall", MALL_PASSWORD);
            DatabaseProvisioning.provision(database, "credit", CREDIT_PASSWORD);

            assertRefusals(database);
        }
        assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).contains("scram-sha-256").doesNotContain("trust");
        assertThat(data.resolve("postgres.pwfile")).as("the password file of initdb").doesNotExist();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(postgres, port, SUPERUSER_PASSWORD)) {
            assertRefusals(restarted);
        }
    }

    /** A data directory made by the code before issue 22: initdb's trust, roles provisioned, no superuser password. */
    @Test
    void aDataDirectoryThatTrustedLoopbackIsMigratedToPasswords() throws Exception {
        int port = freePort();
        Path postgres = data.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false)
                .setPort(port).setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).start();
             Connection superuser = old.getPostgresDatabase().getConnection()) {
            superuser.createStatement().execute("create role mall login password '" + MALL_PASSWORD + "'");
            superuser.createStatement().execute("create database mall owner mall");
            superuser.createStatement().execute("create role credit login password '" + CREDIT_PASSWORD + "'");
            superuser.createStatement().execute("create database credit owner credit");
            assertConnects(jdbcUrl(port, "mall"), "mall", null, "mall without a password, before the migration");
        }
        assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase migrated = EmbeddedDatabase.start(postgres, port, SUPERUSER_PASSWORD)) {
            DatabaseProvisioning.provision(migrated, "mall", MALL_PASSWORD);
            DatabaseProvisioning.provision(migrated, "credit", CREDIT_PASSWORD);

            assertRefusals(migrated);
        }
        assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private static void assertRefusals(EmbeddedDatabase database) {
        String mall = database.jdbcUrl("mall");
        assertConnects(mall, "mall", MALL_PASSWORD, "mall with its password");
        assertConnects(database.jdbcUrl("postgres"), "postgres", SUPERUSER_PASSWORD, "the superuser with its password");

        assertRefused(mall, "mall", null, "mall without a password");
        assertRefused(mall, "mall", "", "mall with an empty password");
        assertRefused(mall, "mall", CREDIT_PASSWORD, "mall with credit's password");
        assertRefused(mall, "credit", CREDIT_PASSWORD, "credit to mall's database, with credit's password");
        assertRefused(database.jdbcUrl("credit"), "mall", MALL_PASSWORD, "mall to credit's database");
        assertRefused(database.jdbcUrl("postgres"), "mall", MALL_PASSWORD, "mall to the superuser's database");
        assertRefused(database.jdbcUrl("postgres"), "postgres", null, "the superuser without a password");
        assertRefused(mall, "postgres", "", "the superuser with an empty password");
        assertRefused(database.jdbcUrl("postgres"), "postgres", MALL_PASSWORD, "the superuser with mall's password");
    }

    /**
     * 28P01: the server asked for a password and refused it; 28000: no pg_hba.conf line lets this role reach that
     * database; 42501: the role lacks the CONNECT privilege on it; 08004: the server asked for a password and the
     * driver had none to give.
     */
    private static void assertRefused(String url, String user, String password, String what) {
        assertThatThrownBy(() -> connect(url, user, password).close()).as(what)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(what + ": " + e)
                        .isIn("28P01", "28000", "42501", "08004"));
    }

    private static void assertConnects(String url, String user, String password, String what) {
        try (Connection c = connect(url, user, password)) {
            assertThat(c.isValid(5)).as(what).isTrue();
        } catch (SQLException e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
