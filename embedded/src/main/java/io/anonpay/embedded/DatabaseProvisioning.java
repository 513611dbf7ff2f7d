package io.anonpay.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Gives each server a database of its own and a role that can reach nothing else: the privacy split
 * must hold even for someone who reads one server's database.
 */
public final class DatabaseProvisioning {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    private DatabaseProvisioning() {
    }

    /** Creates the role and database when missing and (re)sets the role's password. Idempotent. */
    public static ServerDatabase provision(EmbeddedDatabase database, String name, String password) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = database.superuserConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", name)) {
                s.execute("create role " + name + " login");
            }
            s.execute("alter role " + name + " with login password " + quoted(password));
            if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                s.execute("create database " + name + " owner " + name + " encoding 'UTF8'");
            }
            s.execute("revoke all on database " + name + " from public");
            s.execute("grant connect, create, temporary on database " + name + " to " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not provision database " + name + ": " + e.getMessage(), e);
        }
        return new ServerDatabase(name, database.jdbcUrl(name), name, password);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String quoted(String literal) {
        return "'" + literal.replace("'", "''") + "'";
    }
}
