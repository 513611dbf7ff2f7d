package io.anonpay.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Prometheus histogram as a scrape shows it: cumulative counts by upper bound ({@code le}), {@code +Inf} last.
 * The difference of two scrapes is the histogram of what happened in between; its quantiles are estimated the way
 * PromQL's {@code histogram_quantile} does, so they are only as fine as the buckets.
 */
final class Histogram {

    /** Upper bound → how many observations were at most that; the last key is +Inf. */
    private final TreeMap<Double, Double> cumulative;

    private Histogram(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    /**
     * The buckets of the histogram {@code name} (without {@code _bucket}) whose series carry the labels of
     * {@code match}, summed over the series by upper bound (as {@code sum by (le)}).
     */
    static Histogram of(Scrape scrape, String name, Map<String, String> match) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (Scrape.Sample s : scrape.samples(name + "_bucket")) {
            String le = s.labels().get("le");
            if (le != null && s.matches(match)) {
                buckets.merge(Scrape.value(le), s.value(), Double::sum);
            }
        }
        return new Histogram(buckets);
    }

    /**
     * What was observed after {@code earlier} up to this one, bucket by bucket. When a bucket shrank the server
     * restarted in between, and only the counts since that restart are known: they are this histogram as it is.
     */
    Histogram minus(Histogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            double grown = bucket.getValue() - earlier.cumulative.getOrDefault(bucket.getKey(), 0.0);
            if (grown < 0) {
                return this;
            }
            delta.put(bucket.getKey(), grown);
        }
        return new Histogram(delta);
    }

    /** How many observations: the +Inf bucket (0 when the histogram has no bucket at all). */
    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The {@code q}-quantile (0 ≤ q ≤ 1), by linear interpolation inside the bucket that holds the rank, the first
     * bucket starting at 0. When the rank falls in the +Inf bucket the answer is the highest finite bound: all that
     * is known is that it is above it. NaN when nothing was observed.
     *
     * @throws IllegalArgumentException for q outside [0, 1]
     */
    double quantile(double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("quantile must be in [0, 1]: " + q);
        }
        double total = count();
        if (total <= 0 || cumulative.lastKey() != Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        double rank = q * total;
        double lower = 0;
        double countBelow = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            double upper = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank && count > countBelow) {
                if (upper == Double.POSITIVE_INFINITY) {
                    return lower;
                }
                return lower + (upper - lower) * (rank - countBelow) / (count - countBelow);
            }
            lower = upper;
            countBelow = count;
        }
        return lower;
    }

    /** The highest finite upper bound: where the buckets stop telling values apart. */
    double highestBound() {
        Double below = cumulative.lowerKey(Double.POSITIVE_INFINITY);
        return below == null ? Double.NaN : below;
    }
}
