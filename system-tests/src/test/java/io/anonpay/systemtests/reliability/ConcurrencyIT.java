package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Payments.Paid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many buyers paying at once through the real HTTP APIs, on one hot card and spread over several cards, with less
 * credit than they ask for: no balance goes negative, money is conserved exactly, and every approved payment
 * reaches the mall as PAID exactly once; and buyers cancelling, parcels captured and refunds made while others pay.
 */
@ExtendWith(RunningSystem.class)
class ConcurrencyIT {

    @Test
    void manyClientsOnOneHotCard(AnonpaySystem system) throws Exception {
        race(system, 1);
    }

    @Test
    void manyClientsOnSeveralCards(AnonpaySystem system) throws Exception {
        race(system, 4);
    }

    /**
     * The clients pay, and of the approved payments a third stay held, a third are cancelled by their buyer at
     * once (a void; the approval may reach the mall before or after the cancellation), and a third are shipped (a
     * capture) and then partly refunded by the operator, all at once on a few cards. Afterwards every payment reached its state, and each card's books balance to the cent.
     */
    @Test
    void manyClientsPayCancelCaptureAndRefundAtOnce(AnonpaySystem system) throws Exception {
        Race race = new Race(system, "Lifecycle race", 3);
        Api api = new Api(system);
        long refund = Race.PRICE / 4;
        Map<String, String> expected = new ConcurrentHashMap<>();

        List<Paid> made = race.run((payments, product, client, payment, card) -> {
            Paid paid = payments.buyAndPay(product, Race.PRICE, card, Race.patience());
            if (!paid.approved()) {
                return paid;
            }
            switch ((client + payment) % 3) {
                case 0 -> expected.put(paid.purchaseId(), "AUTHORIZED");
                case 1 -> {
                    Api.expect(api.cancel(paid.purchaseId()), 200, "cancelling");
                    expected.put(paid.purchaseId(), "VOIDED");
                }
                default -> {
                    // shipping instructions are for a purchase the mall shows paid: its approval travels by JMS
                    assertThat(api.awaitStatus(paid.purchaseId(), "PAID"::equals, Race.patience()))
                            .as("the approval of %s at the mall", paid.purchaseId()).isEqualTo("PAID");
                    Api.expect(api.shipPatiently(api.shippingInstructions(paid.purchaseId()), "Lifecycle Racer",
                            Race.patience()), 201, "shipping");
                    assertThat(api.awaitPaymentState(paid.purchaseId(), "CAPTURED", Race.patience()))
                            .as("the capture of %s", paid.purchaseId()).isEqualTo("CAPTURED");
                    Api.expect(api.refund(paid.purchaseId(), refund, "EUR", "a partial refund in the race"), 202,
                            "refunding");
                    expected.put(paid.purchaseId(), "PARTIALLY_REFUNDED");
                }
            }
            return paid;
        });

        Map<String, String> late = new java.util.TreeMap<>();
        expected.forEach((purchase, state) -> {
            String reached = api.awaitPaymentState(purchase, state, Race.patience());
            if (!state.equals(reached)) {
                late.put(purchase, reached + " instead of " + state);
            }
        });
        assertThat(late).as("payments that did not reach their state").isEmpty();
        race.assertMoneyConserved();
        race.assertEachPurchaseSettledOnceAndKnownAtTheMall(made);
        long voided = expected.values().stream().filter("VOIDED"::equals).count();
        long refunded = expected.values().stream().filter("PARTIALLY_REFUNDED"::equals).count();
        assertThat(race.totals()).as("released, captured and refunded over all cards")
                .containsExactly(voided * Race.PRICE, refunded * Race.PRICE, refunded * refund);
        System.out.printf("ConcurrencyIT: %d clients, %d payments: %d held, %d voided, %d captured and refunded%n",
                race.clients(), made.size(), expected.size() - voided - refunded, voided, refunded);
    }

    private static void race(AnonpaySystem system, int cardCount) throws Exception {
        Race race = new Race(system, "Race", cardCount);

        List<Paid> made = race.run((payments, product, client, payment, card) ->
                payments.buyAndPay(product, Race.PRICE, card, Race.patience()));

        race.assertMoneyConserved();
        race.assertEachPurchaseSettledOnceAndKnownAtTheMall(made);
        long approvedCount = made.stream().filter(Paid::approved).count();
        System.out.printf("ConcurrencyIT: %d clients, %d cards, %d payments: %d approved, %d declined%n",
                race.clients(), cardCount, made.size(), approvedCount, made.size() - approvedCount);
    }
}
