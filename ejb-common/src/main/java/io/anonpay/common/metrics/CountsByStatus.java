package io.anonpay.common.metrics;

import io.micrometer.core.instrument.Tags;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gauge per status of a server's own rows (the mall's purchases, the shipping company's shipments), counted by one
 * grouping query at each scrape. The statuses are the entity's fixed vocabulary; a status with no row shows 0.
 */
public final class CountsByStatus {

    private CountsByStatus() {
    }

    /**
     * @param byStatus a query whose rows are (status, count), each status one of {@code statuses}
     */
    public static void watch(Metrics metrics, DataSource dataSource, String name, String description, String byStatus,
            List<String> statuses) {
        ScrapedValues counts = metrics.readAtScrape(name, () -> read(dataSource, byStatus, statuses));
        for (String status : statuses) {
            metrics.gauge(name, description, null, Tags.of("status", status.toLowerCase(Locale.ROOT)), counts, status);
        }
    }

    private static Map<String, Long> read(DataSource dataSource, String byStatus, List<String> statuses) {
        Map<String, Long> counts = new HashMap<>();
        statuses.forEach(status -> counts.put(status, 0L));
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(byStatus);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String status = rs.getString(1);
                long count = rs.getLong(2);
                counts.replace(status, count);
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("counting by status: " + e.getSQLState(), e);
        }
    }
}
