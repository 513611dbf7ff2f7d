package io.anonpay.credit.settlement;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentUpdate.Event;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.delivery.Letters;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.ServerOutput;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.credit.settlement.CreditRows.Funds;
import io.anonpay.credit.settlement.PaymentDesk.Paid;
import io.anonpay.it.BrokerClient.Letter;
import io.anonpay.it.TestParties;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping company's fee claims through the broker to the deployed credit company: a claim debits the fee held
 * with the goods once, however often it arrives, and the cardholder's statement shows the shipping line claimed and
 * whether the parcel went to another name than the cardholder's; the name itself is kept nowhere. Claims that can
 * never apply go to {@code DLQ.anonpay.credit.fee-claims.<company>} at once, with the reason, and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FeeClaimIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerOutput.capture();
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    @Test
    void aClaimTakesTheFeeOnceAndTheSameClaimAgainChangesNothing() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        // the buyer gave the name to the shipping company in capitals, with a non-breaking space and a margin
        String typed = "  " + paid.card().customerName().toUpperCase(Locale.ROOT).replace(" ", "\u00a0 ") + " ";
        String claim = ActingShipper.claim(paid.purchaseId(), FEE, new ActingShipper(credit()).sealedName(typed));

        CreditQueue.FEE_CLAIMS.send(claim);
        String claimed = awaitClaim(paid);
        CreditQueue.FEE_CLAIMS.send(claim);
        CreditQueue.FEE_CLAIMS.awaitConsumed(PaymentDesk.PATIENCE);
        Funds afterClaims = CreditRows.funds(paid.card().id());
        Event capture = desk.ask(paid, Action.CAPTURE, 2_500).event();

        assertThat(claimed).isEqualTo("CLAIMED true");
        assertThat(afterClaims).as("the fee debited once, the goods still held")
                .isEqualTo(new Funds(10_000 - FEE, 2_500));
        assertThat(capture).isEqualTo(Event.CAPTURED);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(7_500 - FEE, 0));
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "FEE_CLAIM " + FEE + " APPLIED", "CAPTURE 2500 APPLIED");
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("the mall hears of the capture only").isOne();
        assertThat(CreditQueue.FEE_CLAIMS.deadLetter(claim, Duration.ZERO)).as("a repeat is no error").isEmpty();
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);
        JsonObject line = statementLine(paid);
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("CLAIMED");
        assertThat(line.containsKey("addressedToAnotherName")).as("the cardholder receives it").isFalse();
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("kind"))
                .containsExactly("HOLD", "FEE_HOLD", "FEE_CLAIM", "CAPTURE");
    }

    @Test
    void aParcelForAnotherNameIsFlaggedOnTheStatementAndTheNameIsKeptNowhere() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        String recipient = "Recipient " + UUID.randomUUID();
        String claim = ActingShipper.claim(paid.purchaseId(), FEE, new ActingShipper(credit()).sealedName(recipient));

        CreditQueue.FEE_CLAIMS.send(claim);

        assertThat(awaitClaim(paid)).isEqualTo("CLAIMED false");
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000 - FEE, 2_500));
        JsonObject line = statementLine(paid);
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("CLAIMED");
        assertThat(line.getBoolean("addressedToAnotherName")).isTrue();
        assertThat(line.toString()).doesNotContain(recipient);
        for (String table : List.of("settlement", "payment_step", "outbox", "customer")) {
            assertThat(CreditRows.query("select t::text from " + table + " t", rs -> rs.getString(1)))
                    .as(table).noneMatch(row -> row.contains(recipient));
        }
        assertThat(ServerOutput.text()).as("server log").doesNotContain(recipient);
    }

    @Test
    void claimsThatCanNeverApplyAreDeadLetteredWithTheirReasonAndChangeNothing() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        String purchase = paid.purchaseId();
        String name = paid.card().customerName();
        String sealed = new ActingShipper(credit()).sealedName(name);
        TestCard poor = credit().issue(1_000, "EUR");
        String declined = ActingMall.purchaseId();
        assertThat(credit().pay(ActingMall.instructions(declined, 2_500, "EUR"), poor.number(), poor.password())
                .json().asJsonObject().getString("declineReason")).isEqualTo("INSUFFICIENT_BALANCE");
        Map<String, String> expectedCauses = new LinkedHashMap<>();
        expectedCauses.put(ActingShipper.claim(ActingMall.purchaseId(), FEE, sealed), "no payment for purchase");
        expectedCauses.put(ActingShipper.claim(declined, FEE, sealed), "was declined");
        expectedCauses.put(ActingShipper.claim(purchase, FEE - 1, sealed), "a claim of " + (FEE - 1) + " EUR");
        expectedCauses.put(ActingShipper.signed(new FeeClaim(purchase, Money.of(FEE, "USD"), sealed,
                TestParties.SHIPPING, ActingMall.CREDIT), TestParties.keys(TestParties.SHIPPING)), "a claim of");
        expectedCauses.put(ActingShipper.signed(new FeeClaim(purchase, Money.of(FEE, "EUR"), sealed,
                        TestParties.OTHER_SHIPPING, ActingMall.CREDIT), TestParties.keys(TestParties.OTHER_SHIPPING)),
                "another shipping company");
        expectedCauses.put(ActingShipper.claim(purchase, FEE, SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME,
                name, TestParties.keys(TestParties.CREDIT).activeSealingKey().publicKey())), "does not open");
        expectedCauses.put(ActingShipper.claim(purchase, FEE, sealed.substring(0, sealed.length() - 4) + "AAAA"),
                "does not open");
        expectedCauses.put(ActingShipper.signed(new FeeClaim(purchase, Money.of(FEE, "EUR"), sealed,
                TestParties.MALL, ActingMall.CREDIT), TestParties.keys(TestParties.MALL)), "signature-unknown-issuer");
        expectedCauses.put(ActingShipper.signed(new FeeClaim(purchase, Money.of(FEE, "EUR"), sealed,
                TestParties.SHIPPING, "other-credit"), TestParties.keys(TestParties.SHIPPING)),
                "signature-wrong-audience");

        expectedCauses.keySet().forEach(CreditQueue.FEE_CLAIMS::send);

        expectedCauses.forEach((jws, cause) -> {
            Letter letter = CreditQueue.FEE_CLAIMS.deadLetter(jws, PaymentDesk.PATIENCE)
                    .orElseThrow(() -> new AssertionError("not dead-lettered: " + cause));
            assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).as(cause).asString().contains(cause);
            assertThat(letter.properties().get(Letters.ATTEMPT)).as("refused at the first attempt").isEqualTo(1);
        });
        CreditQueue.FEE_CLAIMS.awaitConsumed(PaymentDesk.PATIENCE);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500 + FEE));
        assertThat(CreditRows.feeLine(purchase)).isEqualTo("HELD null");
        assertThat(CreditRows.steps(purchase)).containsExactly("HOLD 2500 APPLIED", "FEE_HOLD " + FEE + " APPLIED");
        assertThat(CreditRows.funds(poor.id())).isEqualTo(new Funds(1_000, 0));
        assertThat(ServerOutput.text()).as("server log").contains("dead-lettered").doesNotContain(name);

        CreditQueue.FEE_CLAIMS.send(ActingShipper.claim(purchase, FEE, sealed));

        assertThat(awaitClaim(paid)).as("the genuine claim still applies").isEqualTo("CLAIMED true");
    }

    @Test
    void aClaimAfterAVoidIsDeadLetteredAndTakesNothing() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid paid = desk.paid(10_000, 2_500);
        assertThat(desk.ask(paid, Action.VOID, 2_500).event()).isEqualTo(Event.VOIDED);
        String claim = ActingShipper.claim(paid.purchaseId(), FEE,
                new ActingShipper(credit()).sealedName(paid.card().customerName()));

        CreditQueue.FEE_CLAIMS.send(claim);

        Letter letter = CreditQueue.FEE_CLAIMS.deadLetter(claim, PaymentDesk.PATIENCE).orElseThrow();
        assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).asString().contains("was released");
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("RELEASED null");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "VOID 2500 APPLIED", "FEE_RELEASE " + FEE + " APPLIED");
        assertThat(statementLine(paid).getJsonObject("shipping").getString("state")).isEqualTo("RELEASED");
    }

    @Test
    void aPaymentMadeBeforeFeesHasNoShippingLineAndNoFeeToClaim() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        String purchase = ActingMall.purchaseId();
        // as sql/credit/V3 left an approval: captured in full, no shipping terms
        CreditRows.update("insert into settlement (purchase_key, purchase_id, card_id, settlement_id, sum_amount,"
                + " sum_currency, outcome, state, captured_amount, mall) values (?, ?, ?, 'v1.before-fees', 1000,"
                + " 'EUR', 'APPROVED', 'CAPTURED', 1000, 'mall')", PurchaseKey.of(purchase).bytes(), purchase,
                card.id());
        String claim = ActingShipper.claim(purchase, FEE, new ActingShipper(credit()).sealedName(card.customerName()));

        CreditQueue.FEE_CLAIMS.send(claim);

        Letter letter = CreditQueue.FEE_CLAIMS.deadLetter(claim, PaymentDesk.PATIENCE).orElseThrow();
        assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).asString().contains("paid before fees");
        JsonObject line = credit().statement(card.number(), card.password()).json().asJsonObject()
                .getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("state")).isEqualTo("CAPTURED");
        assertThat(line.containsKey("shipping")).isFalse();
        assertThat(line.containsKey("addressedToAnotherName")).isFalse();
    }

    /** The fee line once the claim applied, e.g. "CLAIMED true". */
    private static String awaitClaim(Paid paid) throws InterruptedException {
        Instant deadline = Instant.now().plus(PaymentDesk.PATIENCE);
        String line = CreditRows.feeLine(paid.purchaseId());
        while (line.startsWith("HELD") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            line = CreditRows.feeLine(paid.purchaseId());
        }
        return line;
    }

    private JsonObject statementLine(Paid paid) {
        return credit().statement(paid.card().number(), paid.card().password()).json().asJsonObject()
                .getJsonArray("settlements").getJsonObject(0);
    }
}
