package io.anonpay.common.outbox;

import io.anonpay.common.metrics.Metrics;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends committed outbox messages to the broker. Call it outside any JTA transaction: it runs its own local
 * transaction, claims a batch with {@code FOR UPDATE SKIP LOCKED} (so several instances of a server share the
 * work without sending a message twice at once), sends the batch persistently and marks it sent. If the
 * broker cannot be reached, nothing is marked and the batch is tried again later with back-off; a crash
 * between the send and the commit resends, which the receiver's de-duplication absorbs.
 *
 * <p>The batch goes to the broker in one local JMS transaction: one synchronous round trip and one journal write
 * at the commit, instead of one of each for every persistent message, and a batch that fails part-way is not
 * delivered at all. That needs a connection factory that honours the session's arguments outside JTA (the
 * ActiveMQ adapter's {@code UseSessionArgs=true} on a pool that allows local transactions, as the launcher and
 * docs/deploy.md set it). Without {@code UseSessionArgs} the adapter hands out a non-transacted session; a pool
 * without local transactions (Payara's {@code NoTransaction}) refuses the transaction at the first send, before
 * anything is sent. Either way every message is then sent synchronously on its own: as correct, slower, and
 * logged once.
 */
public final class OutboxRelay {

    /** The message property with the outbox row's key (the purchase id the message is about). */
    public static final String MESSAGE_KEY = "messageKey";
    /** The message property with the outbox row's id at the sender. */
    public static final String OUTBOX_ID = "outboxId";
    /** The message property with the outbox row's creation (epoch ms): the receiver measures the delivery lag from it. */
    public static final String COMMITTED_AT = "anonpayCommittedAt";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 100;

    private final DataSource dataSource;
    private final ConnectionFactory connectionFactory;
    private final Metrics metrics;
    private volatile boolean inTransactions = true;

    public OutboxRelay(DataSource dataSource, ConnectionFactory connectionFactory, Metrics metrics) {
        this.dataSource = dataSource;
        this.connectionFactory = connectionFactory;
        this.metrics = metrics;
    }

    /** @return how many messages were sent; 0 when there was nothing due or the broker is unreachable */
    public int relayDue() {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                List<Pending> due = claim(db);
                if (due.isEmpty()) {
                    db.commit();
                    return 0;
                }
                send(due);
                markSent(db, due);
                db.commit();
                metrics.relayed(due.size());
                return due.size();
            } catch (JMSException e) {
                db.rollback();
                postpone(db);
                metrics.relayFailed();
                LOG.warning(() -> "broker unreachable, outbox messages wait: " + e.getMessage());
                return 0;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay failed: " + e.getSQLState(), e);
        }
    }

    private static List<Pending> claim(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id, destination, message_key, body, created_at from outbox"
                        + " where sent_at is null and next_attempt_at <= now()"
                        + " order by id limit " + BATCH + " for update skip locked")) {
            List<Pending> due = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5)));
                }
            }
            return due;
        }
    }

    /**
     * One producer for the batch, not one a message (opening and closing a producer is a round trip each), in one
     * broker transaction when the connection factory allows it. A send that fails leaves the transaction
     * uncommitted, and closing the session rolls it back.
     */
    void send(List<Pending> due) throws JMSException {
        if (inTransactions) {
            try {
                send(due, true);
                return;
            } catch (IllegalStateException refused) {
                // the pool's connection listener throws this at the transaction's begin, before the first send
                inTransactions = false;
                LOG.warning("the connection factory's pool refuses local transactions (" + refused.getMessage()
                        + "): the outbox relay sends each message on its own, correct but slower (docs/deploy.md)");
            }
        }
        send(due, false);
    }

    private void send(List<Pending> due, boolean transactions) throws JMSException {
        try (jakarta.jms.Connection broker = connectionFactory.createConnection();
             Session session = transactions ? broker.createSession(true, Session.SESSION_TRANSACTED)
                     : broker.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(null)) {
            boolean transacted = session.getTransacted();
            if (transactions && !transacted) {
                inTransactions = false; // later batches ask for what they get
                LOG.warning("the connection factory gives the outbox relay no local JMS transaction (UseSessionArgs"
                        + " is not set): each message is sent on its own, correct but slower (docs/deploy.md)");
            }
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (Pending message : due) {
                TextMessage text = session.createTextMessage(message.body);
                text.setStringProperty(MESSAGE_KEY, message.key);
                text.setLongProperty(OUTBOX_ID, message.id);
                text.setLongProperty(COMMITTED_AT, message.createdAt.getTime());
                producer.send(session.createQueue(message.destination), text);
            }
            if (transacted) {
                session.commit();
            }
        }
    }

    private static void markSent(Connection db, List<Pending> sent) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "update outbox set sent_at = now(), attempts = attempts + 1 where id = ?")) {
            for (Pending message : sent) {
                update.setLong(1, message.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Back-off for what could not be sent: 1 s after the first failure, doubling up to a minute. */
    private static void postpone(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "update outbox set attempts = attempts + 1,"
                        + " next_attempt_at = now() + least(interval '60 seconds', interval '1 second' * power(2, least(attempts, 6)))"
                        + " where sent_at is null and next_attempt_at <= now()")) {
            update.executeUpdate();
            db.commit();
        }
    }

    record Pending(long id, String destination, String key, String body, Timestamp createdAt) {
    }
}
