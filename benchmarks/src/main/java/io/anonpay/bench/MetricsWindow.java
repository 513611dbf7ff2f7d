package io.anonpay.bench;

import io.anonpay.launcher.Server;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The three servers' {@code /metrics} around a phase of the benchmark: a scrape {@value #BEFORE} (once every message
 * sent so far has been applied, so that an earlier phase's results do not count in this one), one at each
 * {@link #mark}, one every few seconds in between for the gauges' highest values, one at the {@value #END} of the
 * load, and one once its messages have been applied ({@value #DELIVERED}). Counters are compared between two marks.
 */
final class MetricsWindow implements AutoCloseable {

    static final String BEFORE = "before";
    static final String END = "end";
    static final String DELIVERED = "delivered";

    /** The gauges whose highest value during the load is kept, per server. */
    static final List<String> WATCHED = List.of(PrometheusNames.OUTBOX_BACKLOG, PrometheusNames.OUTBOX_OLDEST_AGE);

    private final Supplier<Map<Server, Scrape>> scraper;
    private final Duration patience;
    private final Map<String, Map<Server, Scrape>> marks = new LinkedHashMap<>();
    private final Map<Server, Map<String, Double>> highest = new EnumMap<>(Server.class);
    private ScheduledExecutorService during;
    private int scrapes;
    private boolean deliveredBefore;
    private boolean deliveredAfter;

    private MetricsWindow(Supplier<Map<Server, Scrape>> scraper, Duration patience) {
        this.scraper = scraper;
        this.patience = patience;
    }

    /**
     * Waits at most {@code patience} for what was sent to be applied, scrapes, and from then on scrapes every
     * {@code every} (none when zero) until {@link #close}.
     */
    static MetricsWindow open(Supplier<Map<Server, Scrape>> scraper, Duration every, Duration patience) {
        MetricsWindow window = new MetricsWindow(scraper, patience);
        Map<Server, Scrape> delivered = window.awaitDelivered();
        window.deliveredBefore = delivered != null;
        window.marks.put(BEFORE, window.watch(delivered != null ? delivered : scraper.get()));
        if (!every.isZero()) {
            window.during = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "metrics-scraper");
                t.setDaemon(true);
                return t;
            });
            window.during.scheduleAtFixedRate(window::scrape, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return window;
    }

    /** Scrapes now and keeps the scrapes under {@code label} (the end of a run, say). */
    void mark(String label) {
        marks.put(label, scrape());
    }

    /** Stops the scrapes in between, marks the {@value #END}, then waits for delivery and marks it. */
    @Override
    public void close() {
        if (during != null) {
            during.shutdownNow();
            try {
                during.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mark(END);
        Map<Server, Scrape> delivered = awaitDelivered();
        deliveredAfter = delivered != null;
        marks.put(DELIVERED, delivered != null ? delivered : scraper.get());
    }

    Map<Server, Scrape> at(String label) {
        Map<Server, Scrape> scrapes = marks.get(label);
        if (scrapes == null) {
            throw new IllegalArgumentException("no scrape marked " + label + ": " + marks.keySet());
        }
        return scrapes;
    }

    Scrape at(String label, Server server) {
        return at(label).getOrDefault(server, Scrape.none());
    }

    /** The highest value of a {@link #WATCHED} gauge from {@value #BEFORE} to {@value #END}; NaN if never shown. */
    synchronized double highest(Server server, String gauge) {
        return highest.getOrDefault(server, Map.of()).getOrDefault(gauge, Double.NaN);
    }

    /** How many times the servers were scraped from {@value #BEFORE} to {@value #END}, both included. */
    synchronized int scrapes() {
        return scrapes;
    }

    /** Whether every message sent had been applied at the start, and at the end (within the patience given). */
    boolean delivered() {
        return deliveredBefore && deliveredAfter;
    }

    private Map<Server, Scrape> scrape() {
        return watch(scraper.get());
    }

    /** Counts a scrape of the load and keeps the highest of its watched gauges. */
    private Map<Server, Scrape> watch(Map<Server, Scrape> now) {
        synchronized (this) {
            scrapes++;
            now.forEach((server, scrape) -> {
                for (String gauge : WATCHED) {
                    double value = scrape.gauge(gauge);
                    if (!Double.isNaN(value)) {
                        highest.computeIfAbsent(server, s -> new LinkedHashMap<>()).merge(gauge, value, Math::max);
                    }
                }
            });
        }
        return now;
    }

    /** The first scrape that shows everything delivered, or null when {@code patience} ran out first. */
    private Map<Server, Scrape> awaitDelivered() {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Map<Server, Scrape> now = scraper.get();
            if (allDelivered(now.values())) {
                return now;
            }
            if (System.nanoTime() >= deadline) {
                return null;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Whether the servers' outboxes are empty and every message their relays sent was applied or dead-lettered by
     * one of them: every queue a relay sends to is consumed by one of the three. Counters count from each server's
     * start, so this holds for a system whose servers started together and never restarted alone.
     */
    static boolean allDelivered(Iterable<Scrape> servers) {
        double backlog = 0;
        double sent = 0;
        double received = 0;
        for (Scrape scrape : servers) {
            if (scrape.isEmpty()) {
                return false;
            }
            backlog += scrape.gauge(PrometheusNames.OUTBOX_BACKLOG);
            sent += scrape.sum(PrometheusNames.OUTBOX_SENT);
            received += scrape.sum(PrometheusNames.MESSAGES_APPLIED)
                    + scrape.sum(PrometheusNames.MESSAGES_DEAD_LETTERED);
        }
        return backlog == 0 && received >= sent;
    }
}
