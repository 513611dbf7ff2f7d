package io.anonpay.systemtests.privacy;

import io.anonpay.embedded.ServerDatabase;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher's embedded PostgreSQL lets no one read a party's database who lacks that party's password: a role
 * without its password, with another's, or on another party's database is refused, and so is the superuser without
 * its password. Issue 22.
 */
public final class DatabaseLogins {

    private DatabaseLogins() {
    }

    public static void assertEachRoleNeedsItsPasswordAndReachesOnlyItsOwnDatabase(AnonpaySystem system) {
        for (Server server : Server.values()) {
            ServerDatabase own = system.database(server);
            assertConnects(own.jdbcUrl(), own.user(), own.password());
            assertRefused(own.jdbcUrl(), own.user(), null, server.id() + " without a password");
            assertRefused(own.jdbcUrl(), own.user(), "not-" + own.password(), server.id() + " with a wrong password");
            assertRefused(own.jdbcUrl().replaceFirst("/[^/]+$", "/postgres"), "postgres", null,
                    "the superuser without a password");
            for (Server other : Server.values()) {
                if (other != server) {
                    assertRefused(system.database(other).jdbcUrl(), own.user(), own.password(),
                            server.id() + " on " + other.id() + "'s database, with its own password");
                    assertRefused(own.jdbcUrl(), own.user(), system.database(other).password(),
                            server.id() + " with " + other.id() + "'s password");
                }
            }
        }
    }

    private static void assertConnects(String url, String user, String password) {
        try (Connection c = connect(url, user, password)) {
            assertThat(c.isValid(5)).as(user + " with its password").isTrue();
        } catch (SQLException e) {
            throw new AssertionError(user + " with its password: " + e, e);
        }
    }

    /** 28P01 bad password, 28000 no pg_hba.conf line, 42501 no CONNECT privilege, 08004 no password to give. */
    private static void assertRefused(String url, String user, String password, String what) {
        assertThatThrownBy(() -> connect(url, user, password).close()).as(what)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(what + ": " + e)
                        .isIn("28P01", "28000", "42501", "08004"));
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
