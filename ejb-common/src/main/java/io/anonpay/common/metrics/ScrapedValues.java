package io.anonpay.common.metrics;

import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Figures a server reads from its database when Prometheus scrapes, in one go, for the gauges that show them: a scrape
 * is a few cheap queries, and nothing counts rows between scrapes.
 */
public final class ScrapedValues {

    private static final Logger LOG = Logger.getLogger(ScrapedValues.class.getName());

    private final String what;
    private final Supplier<Map<String, ? extends Number>> reader;
    private volatile Map<String, ? extends Number> last = Map.of();

    ScrapedValues(String what, Supplier<Map<String, ? extends Number>> reader) {
        this.what = what;
        this.reader = reader;
    }

    void read() {
        try {
            last = Map.copyOf(reader.get());
        } catch (RuntimeException e) {
            last = Map.of();
            LOG.warning(() -> "could not read " + what + " for the metrics: " + e.getMessage());
        }
    }

    /** The value read at the last scrape; NaN when it could not be read. */
    double value(String key) {
        Number value = last.get(key);
        return value == null ? Double.NaN : value.doubleValue();
    }
}
