package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Payments.Paid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/**
 * Many buyers paying at once through the real HTTP APIs, on one hot card and spread over several cards, with less
 * credit than they ask for: no balance goes negative, money is conserved exactly, and every approved payment
 * reaches the mall as PAID exactly once.
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
