package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.it.Http;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's side of clearing, played by the test: it asks the credit company for its clearing report and checks
 * what every report must be whatever else the database holds (lines in the window it echoes, sorted by purchase key,
 * one per key, totals that are the lines' count and sum per currency), and finds a purchase's lines in it.
 */
final class ClearingDesk {

    static final String CLEARING = "api/operator/clearing";

    private final CreditClient credit;

    ClearingDesk(CreditClient credit) {
        this.credit = credit;
    }

    /** The answer to {@code query} (e.g. "?from=..."), asked with the operator's credential. */
    Http.Reply ask(String query) {
        return credit.http().asOperator().get(CLEARING + query);
    }

    /** The report for this query, which must be answered and be a well-formed report. */
    JsonObject report(String query) {
        Http.Reply reply = ask(query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject report = reply.object();
        Instant from = report.isNull("from") ? null : Instant.parse(report.getString("from"));
        Instant to = report.isNull("to") ? null : Instant.parse(report.getString("to"));
        List<JsonObject> counterparties = report.getJsonArray("counterparties").getValuesAs(JsonObject.class);
        assertThat(counterparties).extracting(c -> c.getString("counterparty"))
                .isSortedAccordingTo(Comparator.naturalOrder());
        for (JsonObject counterparty : counterparties) {
            List<JsonObject> lines = lines(counterparty);
            assertThat(lines).as("lines of " + counterparty.getString("counterparty")).isNotEmpty()
                    .extracting(line -> line.getString("purchaseKey")).isSortedAccordingTo(Comparator.naturalOrder())
                    .doesNotHaveDuplicates();
            for (JsonObject line : lines) {
                Instant at = Instant.parse(line.getString("at"));
                assertThat(from == null || !at.isBefore(from)).as("%s from %s", at, from).isTrue();
                assertThat(to == null || at.isBefore(to)).as("%s to %s", at, to).isTrue();
            }
            assertTotalsAreTheLines(counterparty);
        }
        return report;
    }

    /** A window opened a little before now, open-ended: whatever a test does next is in it. */
    static String since() {
        return window(Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MICROS), null);
    }

    /** The query for [from, to), a null side left out. */
    static String window(Instant from, Instant to) {
        List<String> bounds = new ArrayList<>();
        if (from != null) {
            bounds.add("from=" + from);
        }
        if (to != null) {
            bounds.add("to=" + to);
        }
        return bounds.isEmpty() ? "" : "?" + String.join("&", bounds);
    }

    /** Who the report says is owed for the purchase, e.g. "mall MALL TO_COUNTERPARTY", in the report's order. */
    static List<String> owedFor(JsonObject report, String purchaseId) {
        String key = PurchaseKey.of(purchaseId).hex();
        return report.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .filter(c -> lines(c).stream().anyMatch(line -> line.getString("purchaseKey").equals(key)))
                .map(c -> c.getString("counterparty") + " " + c.getString("role") + " " + c.getString("due"))
                .toList();
    }

    /** The purchase's line with this counterparty, which must be there. */
    static JsonObject line(JsonObject report, String counterparty, String purchaseId) {
        String key = PurchaseKey.of(purchaseId).hex();
        Optional<JsonObject> line = report.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("counterparty").equals(counterparty)).findFirst().stream()
                .flatMap(c -> lines(c).stream()).filter(l -> l.getString("purchaseKey").equals(key)).findFirst();
        assertThat(line).as("a line for the purchase with " + counterparty).isPresent();
        return line.get();
    }

    static List<JsonObject> lines(JsonObject counterparty) {
        return counterparty.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    /** The line is the purchase's, owes {@code amount} EUR, since {@code at} (written in UTC). */
    static void assertLine(JsonObject line, String purchaseId, long amount, Instant at) {
        assertThat(line.getString("purchaseKey")).isEqualTo(PurchaseKey.of(purchaseId).hex());
        JsonObject money = line.getJsonObject("amount");
        assertThat(Money.of(money.getJsonNumber("amount").longValueExact(), money.getString("currency")))
                .isEqualTo(Money.of(amount, "EUR"));
        assertThat(line.getString("at")).endsWith("Z");
        assertThat(Instant.parse(line.getString("at"))).isEqualTo(at);
    }

    /** Per currency, in order: the number of lines and their sum. */
    private static void assertTotalsAreTheLines(JsonObject counterparty) {
        List<JsonObject> lines = lines(counterparty);
        List<String> expected = lines.stream().map(ClearingDesk::currency).distinct().sorted().map(currency -> {
            List<JsonObject> of = lines.stream().filter(line -> currency(line).equals(currency)).toList();
            long sum = of.stream().mapToLong(l -> l.getJsonObject("amount").getJsonNumber("amount").longValueExact())
                    .sum();
            return currency + " " + of.size() + " " + sum;
        }).toList();
        assertThat(counterparty.getJsonArray("totals").getValuesAs(JsonObject.class))
                .as("totals of " + counterparty.getString("counterparty"))
                .extracting(t -> t.getString("currency") + " " + t.getJsonNumber("count").longValueExact() + " "
                        + t.getJsonNumber("amount").longValueExact())
                .containsExactlyElementsOf(expected);
    }

    private static String currency(JsonObject line) {
        return line.getJsonObject("amount").getString("currency");
    }
}
