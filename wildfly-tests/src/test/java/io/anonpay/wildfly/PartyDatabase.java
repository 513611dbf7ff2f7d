package io.anonpay.wildfly;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The party's database as a test inside the server reaches it: a plain JDBC connection with the server's own login
 * (DB_URL, DB_USER, DB_PASSWORD, the environment WildFly inherited from Failsafe), outside the server's pool and
 * its transactions. What a test reads here is what was committed.
 */
public final class PartyDatabase {

    private PartyDatabase() {
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public static Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(System.getenv("DB_URL"));
        source.setUser(System.getenv("DB_USER"));
        source.setPassword(System.getenv("DB_PASSWORD"));
        return source.getConnection();
    }

    /** The first column of the query's one row, a number (a count, an amount, a version). */
    public static long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the party's database: " + sql, e);
        }
    }

    /** Runs a statement, e.g. DDL that makes the database refuse a row. */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the party's database: " + sql, e);
        }
    }
}
