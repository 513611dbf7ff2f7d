package io.anonpay.launcher.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.launcher.reconcile.ClearingReport.Line;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class ReconciliationTest {

    private static final Instant T = Instant.parse("2026-12-06T12:00:00Z");

    private static Line line(String key, long amount, Instant at) {
        return new Line(key, amount, "EUR", at);
    }

    @Test
    void eachKeyIsMatchedMissingOnOneSideOrDifferent() {
        List<Line> mall = List.of(line("a", 100, T), line("b", 200, T), line("c", 300, T));
        List<Line> credit = List.of(line("a", 100, T), line("c", 299, T), line("d", 50, T));

        Reconciliation r = Reconciliation.of("mall", mall, "credit", credit, Reconciliation.window(null, null));

        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.onlyLeft()).containsExactly("b");
        assertThat(r.onlyRight()).containsExactly("d");
        assertThat(r.different()).extracting(Reconciliation.Difference::purchaseKey).containsExactly("c");
        assertThat(r.leftTotals()).isEqualTo(Map.of("EUR", 600L));
        assertThat(r.rightTotals()).isEqualTo(Map.of("EUR", 449L));
        assertThat(r.balanced()).isFalse();
    }

    @Test
    void anotherCurrencyIsADifferenceEvenForTheSameNumber() {
        Reconciliation r = Reconciliation.of("mall", List.of(line("a", 100, T)), "credit",
                List.of(new Line("a", 100, "USD", T)), Reconciliation.window(null, null));

        assertThat(r.different()).hasSize(1);
    }

    @Test
    void aWindowComparesWholeThePurchasesWithALineOfEitherSideInside() {
        Instant from = T;
        Instant to = T.plusSeconds(3600);
        // the credit company captured a second before the window, the mall applied it inside: still a match
        List<Line> mall = List.of(line("edge", 100, T.plusSeconds(1)), line("before", 7, T.minusSeconds(600)));
        List<Line> credit = List.of(line("edge", 100, T.minusSeconds(1)), line("before", 8, T.minusSeconds(600)));

        Reconciliation r = Reconciliation.of("mall", mall, "credit", credit, Reconciliation.window(from, to));

        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.balanced()).as("the purchase before the window is not compared").isTrue();
    }

    @Test
    void nothingOnEitherSideIsBalanced() {
        assertThat(Reconciliation.of("credit", List.of(), "shipping", List.of(), Reconciliation.window(null, null))
                .balanced()).isTrue();
    }

    @Test
    void theTableNamesEveryKeyThatDiffersAndSaysWhetherEverythingMatches() {
        Reconciliation r = Reconciliation.of("mall", List.of(line("a", 2500, T)), "credit",
                List.of(line("a", 2400, T)), Reconciliation.window(null, null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Reconcile.print(List.of(r), null, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("mall ↔ credit").contains("a  mall says EUR 25.00, credit says EUR 24.00")
                .contains("do not match");
    }

    @Test
    void badArgumentsExitWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(Reconcile.run(new String[]{"--from", "yesterday"}, out, errors)).isEqualTo(2);
        assertThat(Reconcile.run(new String[]{"--from", "2026-12-06T00:00:00Z", "--to", "2026-12-05T00:00:00Z"},
                out, errors)).isEqualTo(2);
        assertThat(Reconcile.run(new String[]{"--data-dir", "/nonexistent-anonpay"}, out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from must be before --to").contains("run.json");
    }
}
