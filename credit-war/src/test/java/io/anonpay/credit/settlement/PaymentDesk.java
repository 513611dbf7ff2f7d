package io.anonpay.credit.settlement;

import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's side of a payment, played by the test: a purchase paid with a fresh card, then requests sent to the
 * credit company's queue one at a time, each answered by a payment update the mall verifies with the credit
 * company's published keys.
 */
final class PaymentDesk {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A purchase the card paid: its sum is held. */
    record Paid(TestCard card, String purchaseId, long sum) {
    }

    private final CreditClient credit;

    PaymentDesk(CreditClient credit) {
        this.credit = credit;
    }

    Paid paid(long limit, long sum) {
        TestCard card = credit.issue(limit, "EUR");
        String purchaseId = ActingMall.purchaseId();
        Http.Reply paid = credit.pay(ActingMall.instructions(purchaseId, sum, "EUR"), card.number(),
                card.password());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().asJsonObject().getString("outcome")).isEqualTo("APPROVED");
        return new Paid(card, purchaseId, sum);
    }

    /** Sends a new request and returns the update that answers it (the purchase's next one). */
    PaymentUpdate ask(Paid paid, Action action, long amount) throws InterruptedException {
        String requestId = ActingMall.requestId();
        int before = updates(paid, 0).size();
        CreditQueue.REQUESTS.send(ActingMall.request(requestId, paid.purchaseId(), action, amount));
        List<PaymentUpdate> updates = updates(paid, before + 1);
        assertThat(updates).as("updates about the purchase").hasSize(before + 1);
        PaymentUpdate answer = updates.get(before);
        assertThat(answer.requestId()).isEqualTo(requestId);
        return answer;
    }

    /** The purchase's updates received so far, verified, once there are {@code count} or patience is over. */
    List<PaymentUpdate> updates(Paid paid, int count) throws InterruptedException {
        SignedContracts mall = mall();
        return MallQueue.updatesFor(paid.purchaseId(), count, count == 0 ? Duration.ZERO : PATIENCE).stream()
                .map(mall::verifyPaymentUpdate).toList();
    }

    /** The mall's view: it verifies updates with the keys the credit company publishes. */
    private SignedContracts mall() {
        String jwks = credit.http().get("api/keys").body();
        return new SignedContracts(TestParties.MALL, TestParties.keys(TestParties.MALL),
                TrustedKeys.of(Map.of(ActingMall.CREDIT, JwkSet.parse(jwks))), ReplayGuard.none(),
                Clock.systemUTC());
    }
}
