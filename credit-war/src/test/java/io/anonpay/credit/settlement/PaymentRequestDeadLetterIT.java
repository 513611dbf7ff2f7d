package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.delivery.Letters;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditRows.Funds;
import io.anonpay.credit.settlement.PaymentDesk.Paid;
import io.anonpay.it.BrokerClient.Letter;
import io.anonpay.it.TestParties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that can never apply go to {@code DLQ.anonpay.credit.payment-requests.<company>} at once, with the
 * reason, and change nothing: forged, addressed to another credit company, altered on the way, from a mall other
 * than the one whose instructions paid, about an unknown purchase, or a refund in another currency.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRequestDeadLetterIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void requestsThatCanNeverApplyAreDeadLetteredWithTheirReasonAndChangeNothing() throws Exception {
        PaymentDesk desk = new PaymentDesk(new CreditClient(base));
        Paid paid = desk.paid(10_000, 2_500);
        String purchase = paid.purchaseId();
        KeyRing stranger = KeyRing.generate(new SecureRandom());
        KeyRing mallKeys = TestParties.keys(TestParties.MALL);
        String requestId = ActingMall.requestId();
        String genuine = ActingMall.request(capture(requestId, purchase, 2_500, "mall"), mallKeys);
        String cheaper = ActingMall.request(capture(requestId, purchase, 1, "mall"), mallKeys);
        String[] parts = genuine.split("\\.");
        String altered = parts[0] + "." + cheaper.split("\\.")[1] + "." + parts[2];
        Map<String, String> expectedCauses = new LinkedHashMap<>();
        expectedCauses.put(ActingMall.request(capture(purchase, 2_500, "mall", ActingMall.CREDIT), stranger),
                "signature-unknown-key");
        expectedCauses.put(ActingMall.request(capture(purchase, 2_500, "mall", "other-credit"), mallKeys),
                "signature-wrong-audience");
        expectedCauses.put(altered, "signature-invalid");
        expectedCauses.put(ActingMall.request(capture(purchase, 2_500, ActingMall.OTHER_MALL, ActingMall.CREDIT),
                ActingMall.OTHER_MALL_KEYS), "another mall's instructions paid");
        expectedCauses.put(ActingMall.request(capture(ActingMall.purchaseId(), 2_500, "mall", ActingMall.CREDIT),
                mallKeys), "no payment for purchase");
        expectedCauses.put(ActingMall.request(new PaymentRequest(ActingMall.requestId(), purchase, Action.REFUND,
                Money.of(100, "USD"), "mall", ActingMall.CREDIT), mallKeys), "a refund in USD");

        expectedCauses.keySet().forEach(CreditQueue.REQUESTS::send);

        expectedCauses.forEach((jws, cause) -> {
            Letter letter = CreditQueue.REQUESTS.deadLetter(jws, PaymentDesk.PATIENCE)
                    .orElseThrow(() -> new AssertionError("not dead-lettered: " + cause));
            assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).as(cause).asString().contains(cause);
            assertThat(letter.properties().get(Letters.ATTEMPT)).as("refused at the first attempt").isEqualTo(1);
        });
        CreditQueue.REQUESTS.awaitConsumed(PaymentDesk.PATIENCE);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500 + FEE));
        assertThat(CreditRows.payment(purchase)).isEqualTo("AUTHORIZED 0/0");
        assertThat(CreditRows.steps(purchase)).containsExactly("HOLD 2500 APPLIED", "FEE_HOLD " + FEE + " APPLIED");
        assertThat(CreditRows.updatesWritten(purchase)).isZero();
        assertThat(desk.ask(paid, Action.CAPTURE, 2_500).captured().amount())
                .as("the genuine request still applies").isEqualTo(2_500);
    }

    @Test
    void aRequestForADeclinedPurchaseIsDeadLettered() throws Exception {
        CreditClient credit = new CreditClient(base);
        CreditClient.TestCard card = credit.issue(1_000, "EUR");
        String purchase = ActingMall.purchaseId();
        assertThat(credit.pay(ActingMall.instructions(purchase, 2_500, "EUR"), card.number(), card.password())
                .json().asJsonObject().getString("declineReason")).isEqualTo("INSUFFICIENT_BALANCE");
        String capture = ActingMall.request(ActingMall.requestId(), purchase, Action.CAPTURE, 2_500);

        CreditQueue.REQUESTS.send(capture);

        Letter letter = CreditQueue.REQUESTS.deadLetter(capture, PaymentDesk.PATIENCE).orElseThrow();
        assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).asString().contains("declined");
        assertThat(CreditRows.funds(card.id())).isEqualTo(new Funds(1_000, 0));
        assertThat(CreditRows.updatesWritten(purchase)).isZero();
    }

    private static PaymentRequest capture(String purchaseId, long amount, String mall, String creditCompany) {
        return new PaymentRequest(ActingMall.requestId(), purchaseId, Action.CAPTURE, Money.of(amount, "EUR"), mall,
                creditCompany);
    }

    private static PaymentRequest capture(String requestId, String purchaseId, long amount, String mall) {
        return new PaymentRequest(requestId, purchaseId, Action.CAPTURE, Money.of(amount, "EUR"), mall,
                ActingMall.CREDIT);
    }
}
