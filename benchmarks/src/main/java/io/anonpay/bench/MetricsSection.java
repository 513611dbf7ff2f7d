package io.anonpay.bench;

import io.anonpay.common.contract.Queues;
import io.anonpay.launcher.Server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.anonpay.bench.PrometheusNames.CARD_LOCKOUTS;
import static io.anonpay.bench.PrometheusNames.DELIVERY_LAG;
import static io.anonpay.bench.PrometheusNames.MESSAGES_APPLIED;
import static io.anonpay.bench.PrometheusNames.MESSAGES_DEAD_LETTERED;
import static io.anonpay.bench.PrometheusNames.MESSAGES_RETRIED;
import static io.anonpay.bench.PrometheusNames.OUTBOX_BACKLOG;
import static io.anonpay.bench.PrometheusNames.OUTBOX_OLDEST_AGE;
import static io.anonpay.bench.PrometheusNames.OUTBOX_SENT;
import static io.anonpay.bench.PrometheusNames.PASSWORD_CHECKS;
import static io.anonpay.bench.PrometheusNames.PURCHASES;
import static io.anonpay.bench.PrometheusNames.RELAY_FAILURES;
import static io.anonpay.bench.PrometheusNames.SETTLEMENTS;
import static io.anonpay.bench.PrometheusNames.TOO_MANY_REQUESTS;

/**
 * The table's rows of what the servers' {@code /metrics} showed during the benchmark's phases, each counter as its
 * growth between two scrapes, set beside the benchmark's own count where there is one: a metric is evidence only
 * where the two agree.
 */
final class MetricsSection {

    /** A timed run between two marks of a window. */
    record Phase(String label, String from, String to, Load.Run run) {
    }

    private static final Map<String, String> APPROVED = Map.of("outcome", "approved");
    private static final Map<String, String> MATCHED = Map.of("result", "matched");

    private final Table table;

    MetricsSection(Table table) {
        this.table = table;
    }

    /** The settlement runs: {@code phases} one after the other, from the window's first mark to its end. */
    void settlementRuns(MetricsWindow window, List<Phase> phases) {
        Scrape before = window.at(MetricsWindow.BEFORE, Server.CREDIT);
        Scrape end = window.at(MetricsWindow.END, Server.CREDIT);
        long approvedCounted = 0;
        for (Phase phase : phases) {
            double approved = Scrape.increase(window.at(phase.from(), Server.CREDIT),
                    window.at(phase.to(), Server.CREDIT), SETTLEMENTS, APPROVED);
            approvedCounted += phase.run().ok.get();
            table.row("settlements approved (credit), " + phase.label(), count(approved), "settlements", "",
                    String.format(Locale.ROOT, "%s/s over the run's %.1f s; the benchmark counted %,d: %s",
                            Table.number(approved / phase.run().seconds), phase.run().seconds, phase.run().ok.get(),
                            agreement(approved, phase.run().ok.get())));
        }
        Map<String, Double> declined = increases(before, end, SETTLEMENTS, "reason", Map.of("outcome", "declined"));
        table.row("settlements declined (credit), the runs together", count(sum(declined)), "settlements", "",
                declined.isEmpty() ? "none" : listed(declined));
        Phase withPassword = phases.get(phases.size() - 1);
        double matched = Scrape.increase(window.at(withPassword.from(), Server.CREDIT),
                window.at(withPassword.to(), Server.CREDIT), PASSWORD_CHECKS, MATCHED);
        Map<String, Double> checks = increases(before, end, PASSWORD_CHECKS, "result", Map.of());
        table.row("password checks (credit), the runs together", count(sum(checks)), "checks", "",
                String.format(Locale.ROOT, "%s; matched in the %s run: %s, its settlements: %,d: %s",
                        checks.isEmpty() ? "none" : listed(checks), withPassword.label(), count(matched),
                        withPassword.run().ok.get(), agreement(matched, withPassword.run().ok.get())));
        table.row("card lockouts (credit), the runs together", count(Scrape.increase(before, end, CARD_LOCKOUTS,
                Map.of())), "cards", "", "");
        long retried = phases.stream().mapToLong(p -> p.run().tooMany.get()).sum();
        tooMany(window, MetricsWindow.BEFORE, MetricsWindow.END, "the runs together", retried);
        for (Server server : Server.values()) {
            table.row("outbox backlog, highest seen: " + server.id(), count(window.highest(server, OUTBOX_BACKLOG)),
                    "rows", "", "");
            table.row("outbox oldest unsent row, highest age seen: " + server.id(),
                    window.highest(server, OUTBOX_OLDEST_AGE) * 1000, "ms", "", "");
        }
        relay(window);
        messages(window, approvedCounted);
        lag(window, "the runs together", null);
        purchases(window, approvedCounted);
    }

    /** The password checks of POST api/statements: each 200 is one matched check; 429s are counted by the server. */
    void statements(MetricsWindow window, Load.Run checks) {
        double matched = Scrape.increase(window.at(MetricsWindow.BEFORE, Server.CREDIT),
                window.at(MetricsWindow.END, Server.CREDIT), PASSWORD_CHECKS, MATCHED);
        table.row("password checks matched (credit), statements run", count(matched), "checks", "",
                String.format(Locale.ROOT, "the benchmark's 200 answers: %,d: %s", checks.ok.get(),
                        agreement(matched, checks.ok.get())));
        tooMany(window, MetricsWindow.BEFORE, MetricsWindow.END, "statements run", checks.tooMany.get());
    }

    /** The delivery-latency phase: the lag histogram against the benchmark's own measure from the two databases. */
    void delivery(MetricsWindow window, int payments, Stats measured) {
        lag(window, "delivery-latency phase", String.format(Locale.ROOT,
                "the benchmark's own: p50 %s ms, p99 %s ms, n=%d of %d payments", Table.number(measured.p50()),
                Table.number(measured.p99()), measured.count(), payments));
    }

    private void tooMany(MetricsWindow window, String from, String to, String label, long counted) {
        double total = 0;
        StringJoiner where = new StringJoiner(", ");
        for (Server server : Server.values()) {
            Map<String, Double> byFamily = increases(window.at(from, server), window.at(to, server), TOO_MANY_REQUESTS,
                    "family", Map.of());
            total += sum(byFamily);
            byFamily.forEach((family, n) -> where.add(server.id() + " " + family + " " + count(n)));
        }
        table.row("429 answers (all servers), " + label, count(total), "answers", "",
                String.format(Locale.ROOT, "%s; the benchmark received %,d: %s", where.length() == 0 ? "none"
                        : where.toString(), counted, agreement(total, counted)));
    }

    private void relay(MetricsWindow window) {
        StringJoiner failures = new StringJoiner(", ");
        StringJoiner sent = new StringJoiner(", ");
        double total = 0;
        for (Server server : Server.values()) {
            Scrape before = window.at(MetricsWindow.BEFORE, server);
            Scrape after = window.at(MetricsWindow.DELIVERED, server);
            double failed = Scrape.increase(before, after, RELAY_FAILURES, Map.of());
            total += failed;
            failures.add(server.id() + " " + count(failed));
            sent.add(server.id() + " " + count(Scrape.increase(before, after, OUTBOX_SENT, Map.of())));
        }
        table.row("relay send failures, the runs until delivered", count(total), "batches", "",
                failures + "; messages relayed: " + sent);
    }

    /** Per queue consumed, what was applied, dead-lettered and retried from the start to delivery. */
    private void messages(MetricsWindow window, long approvedCounted) {
        double deadLettered = 0;
        for (Server server : Server.values()) {
            Scrape before = window.at(MetricsWindow.BEFORE, server);
            Scrape after = window.at(MetricsWindow.DELIVERED, server);
            TreeSet<String> queues = new TreeSet<>();
            for (String name : List.of(MESSAGES_APPLIED, MESSAGES_DEAD_LETTERED, MESSAGES_RETRIED)) {
                queues.addAll(after.byLabel(name, "queue").keySet());
            }
            for (String queue : queues) {
                Map<String, String> of = Map.of("queue", queue);
                double applied = Scrape.increase(before, after, MESSAGES_APPLIED, of);
                double dead = Scrape.increase(before, after, MESSAGES_DEAD_LETTERED, of);
                deadLettered += dead;
                String note = String.format(Locale.ROOT, "dead-lettered %s, retried %s", count(dead),
                        count(Scrape.increase(before, after, MESSAGES_RETRIED, of)));
                if (queue.equals(Queues.SETTLEMENT_RESULTS)) {
                    note += String.format(Locale.ROOT, "; the benchmark's approved settlements: %,d: %s",
                            approvedCounted, agreement(applied, approvedCounted));
                }
                table.row("messages applied (" + server.id() + "), " + queue, count(applied), "messages", "", note);
            }
        }
        table.row("messages dead-lettered, all queues", count(deadLettered), "messages", "",
                window.delivered() ? "" : "not all delivered within the wait: counts may be short");
    }

    private void lag(MetricsWindow window, String label, String compare) {
        Map<String, String> queue = Map.of("queue", Queues.SETTLEMENT_RESULTS);
        Histogram lag = Histogram.of(window.at(MetricsWindow.DELIVERED, Server.MALL), DELIVERY_LAG, queue)
                .minus(Histogram.of(window.at(MetricsWindow.BEFORE, Server.MALL), DELIVERY_LAG, queue));
        double applied = Scrape.increase(window.at(MetricsWindow.BEFORE, Server.MALL),
                window.at(MetricsWindow.DELIVERED, Server.MALL), MESSAGES_APPLIED, queue);
        table.row("delivery lag at the mall (settlement results), " + label + ", p50", lag.quantile(0.5) * 1000,
                "ms", "", String.format(Locale.ROOT, "n=%s observed, messages applied %s: %s", count(lag.count()),
                        count(applied), agreement(lag.count(), Math.round(applied))));
        table.row("delivery lag at the mall (settlement results), " + label + ", p99", lag.quantile(0.99) * 1000,
                "ms", "", compare != null ? compare : "estimated inside the bucket that holds the rank");
    }

    private void purchases(MetricsWindow window, long approvedCounted) {
        Scrape before = window.at(MetricsWindow.BEFORE, Server.MALL);
        Scrape after = window.at(MetricsWindow.DELIVERED, Server.MALL);
        Map<String, Double> byStatus = new TreeMap<>(after.byLabel(PURCHASES, "status"));
        Map<String, String> paid = Map.of("status", "paid");
        double paidGrew = after.has(PURCHASES) ? after.sum(PURCHASES, paid) - before.sum(PURCHASES, paid) : Double.NaN;
        table.row("purchases at the mall at the end, by status", count(sum(byStatus)), "purchases", "",
                String.format(Locale.ROOT, "%s; paid grew by %s, the benchmark's approved settlements: %,d: %s",
                        byStatus.isEmpty() ? "not shown" : listed(byStatus), count(paidGrew), approvedCounted,
                        agreement(paidGrew, approvedCounted)));
    }

    /** The growth of each series of {@code name}, by the value of {@code label}; series that did not grow left out. */
    static Map<String, Double> increases(Scrape before, Scrape after, String name, String label,
            Map<String, String> match) {
        Map<String, Double> grown = new LinkedHashMap<>();
        for (String value : new TreeSet<>(after.byLabel(name, label).keySet())) {
            Map<String, String> of = new LinkedHashMap<>(match);
            of.put(label, value);
            double n = Scrape.increase(before, after, name, of);
            if (n != 0) {
                grown.put(value, n);
            }
        }
        return grown;
    }

    /** "agrees" when the metric shows what the benchmark counted, else by how much it differs. */
    static String agreement(double metric, long counted) {
        if (Double.isNaN(metric)) {
            return "no figure to compare";
        }
        long difference = Math.round(metric) - counted;
        return difference == 0 ? "agrees" : String.format(Locale.ROOT, "DIFFERS by %+,d", difference);
    }

    /** A whole count as people read it: thousands separated; n/a when missing. */
    static String count(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String listed(Map<String, Double> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((key, n) -> parts.add(key + " " + count(n)));
        return String.join(", ", parts);
    }
}
