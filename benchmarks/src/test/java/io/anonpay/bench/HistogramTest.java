package io.anonpay.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HistogramTest {

    private static final String LAG = "anonpay_delivery_lag_seconds";
    private static final Map<String, String> RESULTS = Map.of("queue", "anonpay.mall.settlement-results");

    /** 100 results before: 40 within 5 ms, 90 within 10 ms, all within 25 ms; 4 receipts on another queue. */
    private static final String BEFORE = """
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.005"} 40
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.01"} 90
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.025"} 100
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.1"} 100
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="+Inf"} 100
            anonpay_delivery_lag_seconds_count{queue="anonpay.mall.settlement-results"} 100
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.005"} 0
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.01"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.025"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.1"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="+Inf"} 4
            """;

    /** 1,000 results more: 100 within 5 ms, 500 within 5-10 ms, 300 within 10-25 ms, 90 within 25-100 ms, 10 above. */
    private static final String AFTER = """
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.005"} 140
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.01"} 690
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.025"} 1000
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.1"} 1090
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="+Inf"} 1100
            anonpay_delivery_lag_seconds_count{queue="anonpay.mall.settlement-results"} 1100
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.005"} 0
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.01"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.025"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="0.1"} 4
            anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.shipping-receipts",le="+Inf"} 4
            """;

    private static Histogram between(String before, String after) {
        return Histogram.of(Scrape.parse(after), LAG, RESULTS).minus(Histogram.of(Scrape.parse(before), LAG, RESULTS));
    }

    @Test
    void theDifferenceOfTwoScrapesHoldsWhatWasObservedInBetween() {
        Histogram run = between(BEFORE, AFTER);

        assertThat(run.count()).isEqualTo(1000);
        assertThat(Histogram.of(Scrape.parse(AFTER), LAG, Map.of()).count()).as("all queues").isEqualTo(1104);
    }

    @Test
    void quantilesAreInterpolatedInsideTheBucketThatHoldsTheRank() {
        Histogram run = between(BEFORE, AFTER);

        // rank 500: the 5-10 ms bucket holds ranks 101..600; 400 of its 500 → 5 + 5 * 0.8 ms
        assertThat(run.quantile(0.5)).isCloseTo(0.009, within(1e-12));
        // rank 990: the 25-100 ms bucket holds 901..990; its last → 100 ms
        assertThat(run.quantile(0.99)).isCloseTo(0.1, within(1e-12));
        // rank 50: the first bucket starts at 0: 50 of its 100 → 2.5 ms
        assertThat(run.quantile(0.05)).isCloseTo(0.0025, within(1e-12));
    }

    @Test
    void aRankAboveTheHighestBoundIsThatBound() {
        Histogram run = between(BEFORE, AFTER);

        assertThat(run.quantile(0.999)).isEqualTo(0.1);
        assertThat(run.highestBound()).isEqualTo(0.1);
    }

    @Test
    void nothingObservedHasNoQuantile() {
        Histogram none = between(AFTER, AFTER);

        assertThat(none.count()).isZero();
        assertThat(none.quantile(0.5)).isNaN();
        assertThat(Histogram.of(Scrape.none(), LAG, RESULTS).quantile(0.99)).isNaN();
        assertThatThrownBy(() -> none.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServerThatRestartedInBetweenShowsWhatItObservedSince() {
        String restarted = """
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.005"} 2
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.01"} 3
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.025"} 4
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.1"} 4
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="+Inf"} 4
                """;

        Histogram since = between(AFTER, restarted);

        assertThat(since.count()).isEqualTo(4);
        assertThat(since.quantile(0.5)).isCloseTo(0.005, within(1e-12));
    }
}
