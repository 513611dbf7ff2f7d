package io.anonpay.launcher.reconcile;

import io.anonpay.launcher.reconcile.ClearingReport.Line;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Two parties' books of what is due between them, compared purchase key by purchase key: each side's line for a
 * key must exist on the other side with the same amount and currency.
 *
 * @param left        one party's id
 * @param right       the other's
 * @param matched     keys with the same amount on both sides
 * @param onlyLeft    keys the left party reports and the right does not
 * @param onlyRight   keys the right party reports and the left does not
 * @param different   keys both report, with another amount or currency
 * @param leftTotals  the left party's totals over the compared keys, per currency (minor units)
 * @param rightTotals the right party's
 */
public record Reconciliation(String left, String right, int matched, List<String> onlyLeft, List<String> onlyRight,
                      List<Difference> different, Map<String, Long> leftTotals, Map<String, Long> rightTotals) {

    /** One purchase key both sides report, with what each says. */
    public record Difference(String purchaseKey, Line left, Line right) {
    }

    public boolean balanced() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty() && different.isEmpty();
    }

    /**
     * Compares {@code leftLines} (what {@code left} reports with {@code right}) with {@code rightLines} (what
     * {@code right} reports with {@code left}), over the keys {@code inWindow} accepts for a line of either side.
     */
    static Reconciliation of(String left, List<Line> leftLines, String right, List<Line> rightLines,
                             Predicate<Line> inWindow) {
        Map<String, Line> byKeyLeft = byKey(leftLines);
        Map<String, Line> byKeyRight = byKey(rightLines);
        Set<String> keys = new TreeSet<>();
        leftLines.stream().filter(inWindow).forEach(line -> keys.add(line.purchaseKey()));
        rightLines.stream().filter(inWindow).forEach(line -> keys.add(line.purchaseKey()));
        int matched = 0;
        List<String> onlyLeft = new ArrayList<>();
        List<String> onlyRight = new ArrayList<>();
        List<Difference> different = new ArrayList<>();
        Map<String, Long> leftTotals = new TreeMap<>();
        Map<String, Long> rightTotals = new TreeMap<>();
        for (String key : keys) {
            Line l = byKeyLeft.get(key);
            Line r = byKeyRight.get(key);
            if (l != null) {
                leftTotals.merge(l.currency(), l.amount(), Long::sum);
            }
            if (r != null) {
                rightTotals.merge(r.currency(), r.amount(), Long::sum);
            }
            if (r == null) {
                onlyLeft.add(key);
            } else if (l == null) {
                onlyRight.add(key);
            } else if (l.amount() != r.amount() || !l.currency().equals(r.currency())) {
                different.add(new Difference(key, l, r));
            } else {
                matched++;
            }
        }
        return new Reconciliation(left, right, matched, onlyLeft, onlyRight, different, leftTotals, rightTotals);
    }

    /** Lines whose time is in [{@code from}, {@code to}); either bound may be null (open). */
    static Predicate<Line> window(Instant from, Instant to) {
        return line -> line.at() == null ? from == null && to == null
                : (from == null || !line.at().isBefore(from)) && (to == null || line.at().isBefore(to));
    }

    private static Map<String, Line> byKey(List<Line> lines) {
        return lines.stream().collect(Collectors.toMap(Line::purchaseKey, line -> line, (a, b) -> {
            throw new IllegalArgumentException("two lines for purchase key " + a.purchaseKey());
        }));
    }
}
