package io.anonpay.wildfly.mall;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.wildfly.PartyDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds one purchase's row lock in a transaction of its own until closed, so that the applications a test starts
 * meanwhile all queue on it. The test waits until PostgreSQL shows them waiting, not for some time: on a loaded
 * machine a pause proves nothing.
 */
final class PurchaseRowLock implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Connection connection;

    private PurchaseRowLock(Connection connection) {
        this.connection = connection;
    }

    static PurchaseRowLock on(String purchaseId) throws SQLException {
        Connection connection = PartyDatabase.connect();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select id from purchase where purchase_key = ? for update")) {
            lock.setBytes(1, PurchaseKey.of(purchaseId).bytes());
            lock.executeQuery().close();
        }
        return new PurchaseRowLock(connection);
    }

    /** Returns once {@code count} other sessions wait to lock a purchase; fails after two minutes. */
    void awaitWaiting(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        long waiting;
        while ((waiting = waiting()) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(waiting + " of " + count + " sessions queued on the purchase in " + PATIENCE);
            }
            Thread.sleep(50);
        }
    }

    private static long waiting() {
        return PartyDatabase.number("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and query ilike '%from purchase%for update%'");
    }

    /** Releases the lock: the queued sessions go on, one after the other. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.commit();
        }
    }
}
