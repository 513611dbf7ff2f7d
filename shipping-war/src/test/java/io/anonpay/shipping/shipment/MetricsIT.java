package io.anonpay.shipping.shipment;

import io.anonpay.it.Http;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping company's {@code /metrics}: shut without the operator credential, Prometheus text with it; a shipment
 * moves the shipments by status and its receipt and fee claim leave through the outbox, and nothing in the figures
 * names the recipient, the address or the shipment.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String ACCEPTED = "anonpay_shipments{status=\"accepted\"}";
    private static final String SENT = "anonpay_outbox_sent_total";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return Http.at(URI.create(base.toString()));
    }

    private String metrics() {
        Http.Reply scraped = http().asOperator().get("metrics");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain").contains("version=0.0.4");
        return scraped.body();
    }

    /** The metrics once they satisfy {@code condition}, or as they are after {@link #PATIENCE}. */
    private String awaitMetrics(Predicate<String> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String text = metrics();
        while (!condition.test(text) && Instant.now().isBefore(deadline)) {
            pause();
            text = metrics();
        }
        return text;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sample's value in Prometheus text; 0 when the series has not appeared yet. */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).orElse(0.0);
    }

    @Test
    void withoutTheOperatorCredentialTheMetricsAreAProblem() {
        Http.Reply anonymous = http().get("metrics");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isCompleteProblem()).as(anonymous.toString()).isTrue();
        assertThat(metrics()).contains("# TYPE anonpay_shipments gauge").contains("anonpay_outbox_backlog ")
                .contains("anonpay_outbox_oldest_age_seconds ");
    }

    @Test
    void aShipmentIsCountedAndItsMessagesLeaveThroughTheOutboxWithoutNamingAnyone() {
        String before = metrics();
        String purchaseId = TestMall.purchaseId();
        String name = "Grace Hopper " + UUID.randomUUID().toString().substring(0, 8);

        Http.Reply accepted = http().post("api/shipments", TestMall.request(TestMall.signed(purchaseId, 2400), name));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String shippingId = accepted.json().asJsonObject().getString("shippingId");
        String after = awaitMetrics(text -> value(text, SENT) >= value(before, SENT) + 2);

        assertThat(value(after, ACCEPTED) - value(before, ACCEPTED)).isEqualTo(1);
        assertThat(value(after, SENT) - value(before, SENT)).as("the receipt and the fee claim")
                .isGreaterThanOrEqualTo(2);
        assertThat(after).doesNotContain(name).doesNotContain("Grace").doesNotContain("Lindenallee")
                .doesNotContain("Berlin").doesNotContain(shippingId).doesNotContain(purchaseId);
    }
}
