package io.anonpay.common.metrics;

import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {

    private final Metrics metrics = new Metrics();

    @Test
    void countersAreWrittenInPrometheusConventionsWithTheirLabels() {
        metrics.settlement("APPROVED", null);
        metrics.settlement("DECLINED", "INSUFFICIENT_FUNDS");
        metrics.settlement("DECLINED", "INSUFFICIENT_FUNDS");
        metrics.passwordCheck("wrong");
        metrics.cardLocked();
        metrics.tooManyRequests("settlements");
        metrics.relayFailed();
        metrics.relayed(3);
        metrics.deadLettered("anonpay.mall.settlement-results");

        assertThat(metrics.scrape())
                .contains("anonpay_settlements_total{outcome=\"approved\",reason=\"none\"} 1.0")
                .contains("anonpay_settlements_total{outcome=\"declined\",reason=\"insufficient_funds\"} 2.0")
                .contains("anonpay_password_checks_total{result=\"wrong\"} 1.0")
                .contains("anonpay_card_lockouts_total 1.0")
                .contains("anonpay_http_too_many_requests_total{family=\"settlements\"} 1.0")
                .contains("anonpay_outbox_relay_failures_total 1.0")
                .contains("anonpay_outbox_sent_total 3.0")
                .contains("anonpay_messages_dead_lettered_total{queue=\"anonpay.mall.settlement-results\"} 1.0");
    }

    @Test
    void theDeliveryLagIsAHistogramInSecondsPerQueue() {
        metrics.applied("anonpay.mall.shipping-receipts", Instant.now().minus(Duration.ofSeconds(3)));
        metrics.applied("anonpay.mall.shipping-receipts", null);

        assertThat(metrics.scrape())
                .contains("anonpay_messages_applied_total{queue=\"anonpay.mall.shipping-receipts\"} 2.0")
                .contains("anonpay_delivery_lag_seconds_count{queue=\"anonpay.mall.shipping-receipts\"} 1")
                .contains("anonpay_delivery_lag_seconds_bucket{queue=\"anonpay.mall.shipping-receipts\",le=\"2.5\"} 0")
                .contains("anonpay_delivery_lag_seconds_bucket{queue=\"anonpay.mall.shipping-receipts\",le=\"5.0\"} 1");
    }

    @Test
    void gaugesShowWhatIsReadAtEachScrapeAndNaNWhenTheReadFails() {
        long[] rows = {3};
        ScrapedValues backlog = metrics.readAtScrape("a backlog", () -> {
            if (rows[0] < 0) {
                throw new IllegalStateException("database away");
            }
            return Map.of("rows", rows[0]);
        });
        metrics.gauge("anonpay.test.backlog", "rows waiting", null, Tags.empty(), backlog, "rows");

        assertThat(metrics.scrape()).contains("anonpay_test_backlog 3.0");
        rows[0] = 5;
        assertThat(metrics.scrape()).contains("anonpay_test_backlog 5.0");
        rows[0] = -1;
        assertThat(metrics.scrape()).contains("anonpay_test_backlog NaN");
    }

    @Test
    void theFamilyIsTheFirstSegmentOfThePathTemplateNeverAValue() {
        assertThat(TooManyRequestsCount.family("settlements")).isEqualTo("settlements");
        assertThat(TooManyRequestsCount.family("/purchases/{purchaseId}/payment-instructions")).isEqualTo("purchases");
        assertThat(TooManyRequestsCount.family("{id}")).isEqualTo(TooManyRequestsCount.UNMATCHED);
        assertThat(TooManyRequestsCount.familyOf(java.util.List.of())).isEqualTo(TooManyRequestsCount.UNMATCHED);
    }
}
