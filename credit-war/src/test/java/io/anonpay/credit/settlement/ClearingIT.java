package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentUpdate.Event;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.credit.settlement.PaymentDesk.Paid;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static io.anonpay.credit.settlement.ClearingDesk.CLEARING;
import static io.anonpay.credit.settlement.ClearingDesk.assertLine;
import static io.anonpay.credit.settlement.ClearingDesk.line;
import static io.anonpay.credit.settlement.ClearingDesk.lines;
import static io.anonpay.credit.settlement.ClearingDesk.owedFor;
import static io.anonpay.credit.settlement.ClearingDesk.since;
import static io.anonpay.credit.settlement.ClearingDesk.window;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's clearing report on the deployed credit company: the goods owed to the mall whose instructions paid
 * from their capture (captured less refunded), the fee owed to the shipping company from its claim, read from what
 * the database holds, in the window asked for, and nothing of the cardholder. Each test looks for its own purchases,
 * in a window that opens shortly before it or around the times of their steps, read from the database.
 */
@ExtendWith(ArquillianExtension.class)
class ClearingIT {

    private static final Duration PATIENCE = PaymentDesk.PATIENCE;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    @Test
    void aCaptureMakesTheGoodsOwedToTheMallAndARefundLeavesTheNet() throws Exception {
        String since = since();
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        String purchase = paid.purchaseId();

        assertThat(owedFor(clearing(since), purchase)).as("a hold owes nobody anything").isEmpty();

        assertThat(desk.ask(paid, Action.CAPTURE, 2_500).event()).isEqualTo(Event.CAPTURED);
        Instant capturedAt = stepAt(purchase, "CAPTURE");
        JsonObject captured = clearing(since);
        assertThat(owedFor(captured, purchase)).containsExactly("mall MALL TO_COUNTERPARTY");
        assertLine(line(captured, TestParties.MALL, purchase), purchase, 2_500, capturedAt);

        assertThat(desk.ask(paid, Action.REFUND, 1_000).event()).isEqualTo(Event.REFUNDED);
        JsonObject refunded = clearing(since);
        assertThat(owedFor(refunded, purchase)).containsExactly("mall MALL TO_COUNTERPARTY");
        assertLine(line(refunded, TestParties.MALL, purchase), purchase, 1_500, capturedAt);
    }

    @Test
    void aClaimedFeeIsOwedToTheShippingCompanyAsTheDatabaseHoldsIt() throws Exception {
        String since = since();
        Paid paid = new PaymentDesk(credit()).paid(10_000, 2_500);
        String purchase = paid.purchaseId();

        claimFee(paid);

        Instant claimedAt = stepAt(purchase, "FEE_CLAIM");
        JsonObject claimed = clearing(since);
        assertThat(owedFor(claimed, purchase)).as("the goods are still held")
                .containsExactly("shipping SHIPPING TO_COUNTERPARTY");
        assertLine(line(claimed, TestParties.SHIPPING, purchase), purchase, FEE, claimedAt);

        CreditRows.update("update settlement set fee_amount = ? where purchase_id = ?", FEE - 7, purchase);

        assertLine(line(clearing(since), TestParties.SHIPPING, purchase), purchase, FEE - 7, claimedAt);
    }

    @Test
    void aVoidOwesNobodyAnything() throws Exception {
        String since = since();
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);

        assertThat(desk.ask(paid, Action.VOID, 2_500).event()).isEqualTo(Event.VOIDED);

        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("RELEASED null");
        assertThat(owedFor(clearing(since), paid.purchaseId())).isEmpty();
    }

    @Test
    void eachMallIsOwedWhatItsInstructionsPaidInTheReportsShape() throws Exception {
        String since = since();
        PaymentDesk desk = new PaymentDesk(credit());
        Paid ours = desk.paid(10_000, 2_500);
        desk.ask(ours, Action.CAPTURE, 2_500);
        claimFee(ours);
        String theirs = capturedForTheOtherMall(1_200);

        JsonObject report = clearing(since);

        assertThat(report.keySet()).containsExactly("party", "from", "to", "counterparties");
        assertThat(report.getString("party")).isEqualTo(ActingMall.CREDIT);
        assertThat(window(Instant.parse(report.getString("from")), null)).isEqualTo(since);
        assertThat(report.isNull("to")).isTrue();
        List<JsonObject> counterparties = report.getJsonArray("counterparties").getValuesAs(JsonObject.class);
        assertThat(counterparties).extracting(c -> c.getString("counterparty"))
                .contains(TestParties.MALL, ActingMall.OTHER_MALL, TestParties.SHIPPING);
        for (JsonObject counterparty : counterparties) {
            assertThat(counterparty.keySet()).containsExactly("counterparty", "role", "due", "totals", "lines");
            assertThat(counterparty.getString("due")).isEqualTo("TO_COUNTERPARTY");
            assertThat(counterparty.getJsonArray("totals").getValuesAs(JsonObject.class))
                    .allSatisfy(total -> assertThat(total.keySet()).containsExactly("currency", "count", "amount"));
        }
        assertThat(owedFor(report, ours.purchaseId()))
                .containsExactly("mall MALL TO_COUNTERPARTY", "shipping SHIPPING TO_COUNTERPARTY");
        assertThat(owedFor(report, theirs)).containsExactly("mall-two MALL TO_COUNTERPARTY");
        assertLine(line(report, ActingMall.OTHER_MALL, theirs), theirs, 1_200, stepAt(theirs, "CAPTURE"));
    }

    @Test
    void aPaymentCapturedAtItsApprovalBeforeStepsIsOwedFromItsApproval() {
        TestCard card = credit().issue(10_000, "EUR");
        String purchase = ActingMall.purchaseId();
        // as sql/credit/V3 left an approval: captured in full at once, no steps, no shipping terms, no expiry
        CreditRows.update("insert into settlement (purchase_key, purchase_id, card_id, settlement_id, sum_amount,"
                + " sum_currency, outcome, state, captured_amount, mall) values (?, ?, ?, 'v1.before-steps', 1000,"
                + " 'EUR', 'APPROVED', 'CAPTURED', 1000, 'mall')", PurchaseKey.of(purchase).bytes(), purchase,
                card.id());
        Instant approvedAt = CreditRows.query("select created_at from settlement where purchase_id = ?",
                rs -> rs.getObject(1, OffsetDateTime.class).toInstant(), purchase).get(0);

        JsonObject report = clearing(window(approvedAt, approvedAt.plus(1, ChronoUnit.MICROS)));

        assertThat(owedFor(report, purchase)).containsExactly("mall MALL TO_COUNTERPARTY");
        assertLine(line(report, TestParties.MALL, purchase), purchase, 1_000, approvedAt);
    }

    @Test
    void fromIsInclusiveAndToExclusiveOnWhenTheMoneyBecameOwed() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid first = desk.paid(10_000, 2_500);
        Paid second = desk.paid(10_000, 2_500);
        desk.ask(first, Action.CAPTURE, 2_500);
        desk.ask(second, Action.CAPTURE, 2_500);
        String a = first.purchaseId();
        String b = second.purchaseId();
        Instant firstAt = stepAt(a, "CAPTURE");
        Instant secondAt = stepAt(b, "CAPTURE");
        assertThat(firstAt).isBefore(secondAt);
        Instant justAfterFirst = firstAt.plus(1, ChronoUnit.MICROS);

        assertThat(ours(window(firstAt, secondAt), a, b)).containsExactly(a);
        assertThat(ours(window(firstAt, secondAt.plus(1, ChronoUnit.MICROS)), a, b)).containsExactly(a, b);
        assertThat(ours(window(justAfterFirst, null), a, b)).containsExactly(b);
        assertThat(ours(window(firstAt, null), a, b)).containsExactly(a, b);
        assertThat(ours(window(null, firstAt), a, b)).isEmpty();
        assertThat(ours(window(null, justAfterFirst), a, b)).containsExactly(a);
        assertThat(ours(window(null, null), a, b)).containsExactly(a, b);
    }

    @Test
    void theWindowIsEchoedInUtcAndAnOpenSideAsNull() {
        JsonObject open = clearing("");
        String from = URLEncoder.encode("2026-12-01T01:00:00.5+01:00", StandardCharsets.UTF_8);
        JsonObject offset = clearing("?from=" + from + "&to=2026-12-02T00:00:00Z");

        assertThat(open.isNull("from")).isTrue();
        assertThat(open.isNull("to")).isTrue();
        assertThat(offset.getString("from")).isEqualTo("2026-12-01T00:00:00.5Z");
        assertThat(offset.getString("to")).isEqualTo("2026-12-02T00:00:00Z");
    }

    @Test
    void theReportNeedsTheOperatorCredential() {
        Http http = Http.at(URI.create(base.toString()));

        for (Http.Reply refused : List.of(http.get(CLEARING), http.as("operator", "guess").get(CLEARING))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.isProblem()).as(refused.toString()).isTrue();
            assertThat(refused.body()).doesNotContain("counterparties");
        }
    }

    @Test
    void malformedInstantsAndEmptyWindowsAreRefused() {
        assertRefused("?from=yesterday", "invalid-instant", "from");
        assertRefused("?from=", "invalid-instant", "from");
        assertRefused("?to=2026-13-01T00:00:00Z", "invalid-instant", "to");
        assertRefused("?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00", "invalid-instant", "to");
        assertRefused("?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
        assertRefused("?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
    }

    @Test
    void theReportNamesNoCardholderAndNoCard() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        String purchase = paid.purchaseId();
        desk.ask(paid, Action.CAPTURE, 2_500);
        String sealedName = claimFee(paid);
        Instant capturedAt = stepAt(purchase, "CAPTURE");
        Instant claimedAt = stepAt(purchase, "FEE_CLAIM");
        String settlementId = CreditRows.query("select settlement_id from settlement where purchase_id = ?",
                rs -> rs.getString(1), purchase).get(0);

        Http.Reply reply = new ClearingDesk(credit()).ask(window(capturedAt, claimedAt.plus(1, ChronoUnit.MICROS)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(owedFor(reply.object(), purchase))
                .containsExactly("mall MALL TO_COUNTERPARTY", "shipping SHIPPING TO_COUNTERPARTY");
        String customer = paid.card().customerName();
        for (String secret : List.of(customer, customer.substring("Customer ".length()), "Customer",
                paid.card().number(), paid.card().password(), purchase, settlementId, sealedName, "Teapot")) {
            assertThat(reply.body()).as(secret).doesNotContain(secret);
        }
        for (JsonObject counterparty : reply.object().getJsonArray("counterparties").getValuesAs(JsonObject.class)) {
            for (JsonObject line : lines(counterparty)) {
                assertThat(line.keySet()).containsExactly("purchaseKey", "amount", "at");
                assertThat(line.getString("purchaseKey")).matches("[0-9a-f]{64}");
                assertThat(line.getJsonObject("amount").keySet()).containsExactly("amount", "currency");
            }
        }
    }

    /** A purchase the second mall's instructions paid, captured by that mall's own request. */
    private String capturedForTheOtherMall(long sum) throws InterruptedException {
        TestCard card = credit().issue(10_000, "EUR");
        String purchase = ActingMall.purchaseId();
        Http.Reply paid = credit().pay(ActingMall.signedAs(ActingMall.OTHER_MALL, ActingMall.OTHER_MALL_KEYS, purchase,
                sum, "EUR", ActingMall.CREDIT, Instant.now().plus(Duration.ofMinutes(10))), card.number(),
                card.password());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        CreditQueue.REQUESTS.send(ActingMall.request(new PaymentRequest(ActingMall.requestId(), purchase,
                Action.CAPTURE, Money.of(sum, "EUR"), ActingMall.OTHER_MALL, ActingMall.CREDIT),
                ActingMall.OTHER_MALL_KEYS));
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!CreditRows.payment(purchase).startsWith("CAPTURED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(CreditRows.payment(purchase)).isEqualTo("CAPTURED " + sum + "/0");
        return purchase;
    }

    /**
     * The shipping company's claim of the fee, naming the cardholder; returns once it applied, with the sealed name
     * it carried.
     */
    private String claimFee(Paid paid) throws InterruptedException {
        String sealedName = new ActingShipper(credit()).sealedName(paid.card().customerName());
        CreditQueue.FEE_CLAIMS.send(ActingShipper.claim(paid.purchaseId(), FEE, sealedName));
        Instant deadline = Instant.now().plus(PATIENCE);
        while (CreditRows.feeLine(paid.purchaseId()).startsWith("HELD") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("CLAIMED true");
        return sealedName;
    }

    /** When the payment's applied step of this kind was recorded, as the database holds it. */
    private static Instant stepAt(String purchaseId, String kind) {
        return CreditRows.query("select p.created_at from payment_step p join settlement s on s.id = p.settlement_ref"
                + " where s.purchase_id = ? and p.kind = ? and p.outcome = 'APPLIED'",
                rs -> rs.getObject(1, OffsetDateTime.class).toInstant(), purchaseId, kind).get(0);
    }

    /** Which of these purchases the report for {@code query} owes something for. */
    private List<String> ours(String query, String... purchaseIds) {
        JsonObject report = clearing(query);
        return List.of(purchaseIds).stream().filter(purchase -> !owedFor(report, purchase).isEmpty()).toList();
    }

    private JsonObject clearing(String query) {
        return new ClearingDesk(credit()).report(query);
    }

    private void assertRefused(String query, String slug, String parameter) {
        Http.Reply refused = new ClearingDesk(credit()).ask(query);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isCompleteProblem()).as(refused.toString()).isTrue();
        JsonObject problem = refused.object();
        assertThat(problem.getString("type")).endsWith("/" + slug);
        assertThat(problem.getString("detail")).startsWith(parameter);
    }
}
