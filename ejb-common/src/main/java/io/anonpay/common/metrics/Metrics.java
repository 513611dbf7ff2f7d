package io.anonpay.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The server's one registry (Micrometer's Prometheus registry, inside the deployable so that it works the same on
 * Payara Micro, Payara Server and WildFly) and the figures the server's parts count into it. The methods take
 * only values of small fixed vocabularies; {@link #scrape()} reads what comes from the database first.
 */
@ApplicationScoped
public class Metrics {

    /** Buckets of the delivery lag: from a relay's prompt send to a backlog an operator must hear of. */
    private static final Duration[] LAG_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<ScrapedValues> readAtScrape = new CopyOnWriteArrayList<>();

    /** The Prometheus text of every meter, after reading what is read at scrape time. */
    public String scrape() {
        readAtScrape.forEach(ScrapedValues::read);
        return registry.scrape();
    }

    /** The media type of {@link #scrape()}: Prometheus text 0.0.4. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void settlement(String outcome, String reason) {
        count(MeterNames.SETTLEMENTS, "Payments answered, by outcome and decline reason",
                Tags.of("outcome", word(outcome), "reason", reason == null ? MeterNames.NONE : word(reason)));
    }

    public void passwordCheck(String result) {
        count(MeterNames.PASSWORD_CHECKS, "Card password checks, by result", Tags.of("result", word(result)));
    }

    public void cardLocked() {
        count(MeterNames.CARD_LOCKOUTS, "Cards locked after too many wrong passwords", Tags.empty());
    }

    /** @param family the first segment of the answering resource's path template, never a path with values */
    public void tooManyRequests(String family) {
        count(MeterNames.TOO_MANY_REQUESTS, "429 answers, by endpoint family", Tags.of("family", family));
    }

    public void relayed(int messages) {
        Counter.builder(MeterNames.OUTBOX_SENT).description("Outbox messages the relay handed to the broker")
                .register(registry).increment(messages);
    }

    public void purchasesPurged(int purchases) {
        Counter.builder(MeterNames.PURCHASES_PURGED).description("Purchases deleted unpaid after their window")
                .register(registry).increment(purchases);
    }

    public void relayFailed() {
        count(MeterNames.RELAY_FAILURES, "Outbox batches the relay could not hand to the broker", Tags.empty());
    }

    /** @param committedAt when the sender's outbox row was written; null when the sender did not say */
    public void applied(String queue, Instant committedAt) {
        count(MeterNames.MESSAGES_APPLIED, "Partners' messages applied, by queue", Tags.of("queue", queue));
        if (committedAt != null) {
            Duration lag = Duration.between(committedAt, Instant.now());
            Timer.builder(MeterNames.DELIVERY_LAG)
                    .description("From the sender's outbox commit to applied here, by queue")
                    .tags("queue", queue)
                    .serviceLevelObjectives(LAG_BUCKETS)
                    .register(registry)
                    .record(lag.isNegative() ? Duration.ZERO : lag);
        }
    }

    public void retried(String queue) {
        count(MeterNames.MESSAGES_RETRIED, "Messages sent to the back of their queue to be tried again, by queue",
                Tags.of("queue", queue));
    }

    public void deadLettered(String queue) {
        count(MeterNames.MESSAGES_DEAD_LETTERED, "Messages dead-lettered, by the queue they came from",
                Tags.of("queue", queue));
    }

    /**
     * Values that {@code reader} reads in one go (one query) at every scrape; gauges registered with
     * {@link #gauge} show them. A reader that fails leaves its gauges at NaN for that scrape.
     */
    public ScrapedValues readAtScrape(String what, Supplier<Map<String, ? extends Number>> reader) {
        ScrapedValues values = new ScrapedValues(what, reader);
        readAtScrape.add(values);
        return values;
    }

    /** A gauge that shows {@code values}' entry {@code key}. */
    public void gauge(String name, String description, String baseUnit, Tags tags, ScrapedValues values, String key) {
        Gauge.builder(name, values, v -> v.value(key)).description(description).baseUnit(baseUnit).tags(tags)
                .strongReference(true).register(registry);
    }

    private void count(String name, String description, Tags tags) {
        Counter.builder(name).description(description).tags(tags).register(registry).increment();
    }

    /** An enum constant as a label value: {@code CARD_LOCKED} → {@code card_locked}. */
    private static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
