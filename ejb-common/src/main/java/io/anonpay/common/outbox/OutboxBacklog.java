package io.anonpay.common.outbox;

import io.anonpay.common.metrics.MeterNames;
import io.anonpay.common.metrics.Metrics;
import io.anonpay.common.metrics.ScrapedValues;
import io.micrometer.core.instrument.Tags;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The outbox's backlog for the metrics, read at each scrape with one query on the relay's partial index: how many rows
 * wait to be sent and how old the oldest of them is (0 when none waits).
 */
public final class OutboxBacklog {

    private OutboxBacklog() {
    }

    /** Registers the two gauges of the server's outbox. */
    public static void watch(Metrics metrics, DataSource dataSource) {
        ScrapedValues values = metrics.readAtScrape("the outbox backlog", () -> read(dataSource));
        metrics.gauge(MeterNames.OUTBOX_BACKLOG, "Outbox rows not sent yet", null, Tags.empty(), values,
                MeterNames.OUTBOX_BACKLOG);
        metrics.gauge(MeterNames.OUTBOX_OLDEST_AGE, "Age of the oldest outbox row not sent yet", "seconds",
                Tags.empty(), values, MeterNames.OUTBOX_OLDEST_AGE);
    }

    static Map<String, Number> read(DataSource dataSource) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(
                     "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox"
                             + " where sent_at is null");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return Map.of(MeterNames.OUTBOX_BACKLOG, rs.getLong(1),
                    MeterNames.OUTBOX_OLDEST_AGE, Math.max(0, rs.getDouble(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("outbox backlog: " + e.getSQLState(), e);
        }
    }
}
