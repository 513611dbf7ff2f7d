package io.anonpay.common.outbox;

import jakarta.enterprise.event.Event;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends a message to the {@code outbox} table through the server's JTA data source, so that it commits or
 * rolls back with the caller's transaction (the container hands the same connection to JPA and to us).
 * The table is each server's own (see {@code sql/<server>/}); its shape is:
 * {@code outbox(id identity, destination, message_key, body, created_at, attempts, next_attempt_at, sent_at)}.
 * Every append also fires {@link OutboxAppended} in the same transaction, so that the server's relay sends the
 * message as soon as that transaction commits rather than at its next sweep.
 */
public final class Outbox {

    private Outbox() {
    }

    /**
     * @param destination the queue's physical name
     * @param key         the business key the receiver de-duplicates on (a purchase id)
     * @param body        the message text, already signed
     * @param appended    the caller's CDI event, observed after commit by the server's relay trigger
     */
    public static void append(DataSource dataSource, Event<OutboxAppended> appended, String destination, String key,
            String body) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into outbox (destination, message_key, body) values (?, ?, ?)")) {
            insert.setString(1, destination);
            insert.setString(2, key);
            insert.setString(3, body);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the outgoing message: " + e.getSQLState(), e);
        }
        appended.fire(new OutboxAppended(destination));
    }
}
