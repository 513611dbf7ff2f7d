package io.anonpay.common.audit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and appends the party's {@code operator_audit} table (sql/&lt;party&gt;/V*__operator_audit.sql) through its
 * JTA data source: an append inside a transaction commits or rolls back with it, as the outbox does. The table
 * refuses UPDATE and DELETE itself, by trigger, whoever asks.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    public static void append(DataSource dataSource, AuditEntry entry) {
        try (Connection connection = dataSource.getConnection()) {
            append(connection, entry);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the operator's action: " + e.getSQLState(), e);
        }
    }

    /** On a connection the caller holds, for rows that must be written together with other statements. */
    static void append(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into operator_audit (operator, action, target, outcome) values (?, ?, ?, ?)")) {
            insert.setString(1, entry.operator());
            insert.setString(2, entry.action());
            insert.setString(3, entry.target());
            insert.setString(4, entry.outcome());
            insert.executeUpdate();
        }
    }

    /**
     * @param limit  at most this many rows, 1 to {@link AuditPage#MAX_LIMIT}
     * @param before only rows older than this id (the previous page's {@code nextBefore}); null for the newest
     */
    public static AuditPage read(DataSource dataSource, int limit, Long before) {
        if (limit < 1 || limit > AuditPage.MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + AuditPage.MAX_LIMIT);
        }
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, at, operator, action, target, outcome from operator_audit where id < ?"
                             + " order by id desc limit ?")) {
            select.setLong(1, before == null ? Long.MAX_VALUE : before);
            select.setInt(2, limit + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(2);
                    entries.add(new AuditEntry(rows.getLong(1), at.toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail: " + e.getSQLState(), e);
        }
        if (entries.size() <= limit) {
            return new AuditPage(entries, null);
        }
        List<AuditEntry> page = List.copyOf(entries.subList(0, limit));
        return new AuditPage(page, page.get(limit - 1).id());
    }
}
