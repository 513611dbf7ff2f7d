package io.anonpay.shipping.shipment;

import io.anonpay.it.Http;
import io.anonpay.shipping.ShippingDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking look-ups limited per client behind a proxy: the packaged shipping company, told to trust X-Forwarded-For
 * and to allow each client three look-ups and then one a minute. A client past its limit gets 429 rate-limited with
 * Retry-After; another client is served; forging entries to the left of the proxy's does not help; an operation
 * without a limit is not touched; the 429 is counted by endpoint family and no address reaches the metrics.
 * Only this class's deployment carries these settings (its own config file; the environment sets no limit).
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final String LIMITS = """

            anonpay.limits.client-header=X-Forwarded-For
            anonpay.limits.tracking.per-minute=1
            anonpay.limits.tracking.burst=3
            """;
    private static final String UNKNOWN_PARCEL = "api/shipments/AP0000000000000";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive shipping() {
        WebArchive war = ShippingDeployment.packaged();
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        return war.add(new StringAsset(config + LIMITS), CONFIG);
    }

    @ArquillianResource
    URL base;

    /** A client address of its own for each test, in TEST-NET-3. */
    private static String someClient() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + System.nanoTime();
    }

    private HttpResponse<String> get(String path, String forwardedFor) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                    .header("Accept", "application/json, application/problem+json")
                    .header("X-Forwarded-For", forwardedFor).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void useUpTheBurst(String forwardedFor) {
        for (int lookUp = 0; lookUp < 3; lookUp++) {
            HttpResponse<String> reply = get(UNKNOWN_PARCEL, forwardedFor);
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
        }
    }

    @Test
    void aClientPastItsLimitIsToldWhenToAskAgain() {
        String client = someClient();
        useUpTheBurst(client);

        HttpResponse<String> refused = get(UNKNOWN_PARCEL, client);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(refused.body()).contains("\"type\":\"https://anonpay.io/problems/rate-limited\"")
                .contains("\"status\":429").contains("\"title\":\"Too many requests\"").doesNotContain(client);
    }

    @Test
    void anotherClientIsServedAndAForgedLeftEntryDoesNotHelp() {
        String client = someClient();
        useUpTheBurst(client);

        assertThat(get(UNKNOWN_PARCEL, someClient()).statusCode()).as("another client").isEqualTo(404);
        assertThat(get(UNKNOWN_PARCEL, someClient() + ", " + client).statusCode())
                .as("the proxy appended the limited client's address").isEqualTo(429);
        assertThat(get("api/tariff", client).statusCode()).as("the tariff has no limit").isEqualTo(200);
    }

    @Test
    void theRefusalIsCountedByFamilyAndNoAddressReachesTheMetrics() {
        String client = someClient();
        useUpTheBurst(client);
        get(UNKNOWN_PARCEL, client);

        Http.Reply scraped = Http.at(URI.create(base.toString())).asOperator().get("metrics");

        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        assertThat(MetricsIT.value(scraped.body(), "anonpay_http_too_many_requests_total{family=\"shipments\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(MetricsIT.value(scraped.body(), "anonpay_limits_clients")).isGreaterThanOrEqualTo(1);
        assertThat(scraped.body()).doesNotContain("203.0.113");
    }
}
