package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Api.Reply;
import io.anonpay.systemtests.reliability.Payments.Paid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into the running system: the broker stopped, the credit company and the mall killed with
 * SIGKILL. Buyers keep paying and shipping; once everything is back, every result reaches the mall exactly once,
 * and nobody is charged twice. Every test leaves the whole system running, whatever happens.
 */
@ExtendWith(RunningSystem.class)
class OutageIT {

    private static final long PRICE = 700;
    private static final Duration DELIVERY = Duration.ofSeconds(150);

    @Test
    void paymentsAndShipmentsGoOnWhileTheBrokerIsDownAndArriveOnceItIsBack(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Broker Outage Holder", 1_000_000);
        long product = api.newProduct("Broker outage", PRICE);
        Payments payments = new Payments(api);
        List<Paid> paidBefore = new ArrayList<>();
        for (int i = 0; i < Math.max(2, Scale.burst() / 2); i++) {
            paidBefore.add(payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)));
        }
        assertThat(payments.awaitMall(paidBefore, DELIVERY)).as("paid before the outage").isEmpty();
        List<String> toShip = paidBefore.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();

        List<Paid> paidDuring;
        List<Reply> shipped = new ArrayList<>();
        try {
            system.stopBroker();
            for (int i = 0; i < Scale.burst(); i++) {
                payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60));
            }
            for (String instructions : toShip) {
                shipped.add(api.ship(instructions, "Broker Outage Holder"));
            }
            paidDuring = payments.made().subList(paidBefore.size(), payments.made().size());
            assertThat(paidDuring).as("payments accepted while the broker is down").allMatch(Paid::approved);
            assertThat(shipped).as("shipments accepted while the broker is down").allMatch(r -> r.status() == 201);
            assertThat(paidDuring).as("results held back while the broker is down")
                    .allMatch(p -> api.status(p.purchaseId()).equals("AWAITING_PAYMENT"));
        } finally {
            system.startBroker();
        }

        assertThat(payments.awaitMall(paidDuring, DELIVERY)).as("payments not at the mall after the outage").isEmpty();
        for (Paid paid : paidBefore) {
            assertThat(api.awaitStatus(paid.purchaseId(), "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .as("shipment of %s after the outage", paid.purchaseId()).isEqualTo("SHIPPING_ACCEPTED");
        }
        assertExactlyOnce(system, api, databases, card, payments.made());
        System.out.printf("OutageIT broker: %d payments and %d shipments during the outage, all delivered once%n",
                paidDuring.size(), shipped.size());
    }

    @Test
    void aCrashOfTheCreditCompanyDuringPaymentsLosesNothingAndChargesOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Credit Crash Holder", 1_000_000);
        long product = api.newProduct("Credit crash", PRICE);
        Payments payments = new Payments(api);
        for (int round = 0; round < Scale.crashes(); round++) {
            List<String[]> toPay = new ArrayList<>();
            for (int i = 0; i < Scale.burst(); i++) {
                String purchaseId = api.newPurchase(product);
                toPay.add(new String[]{purchaseId, api.paymentInstructions(purchaseId)});
            }
            ExecutorService buyers = Executors.newFixedThreadPool(4);
            List<Future<Paid>> answers = new ArrayList<>();
            try {
                for (String[] purchase : toPay) {
                    answers.add(buyers.submit(() -> new Paid(purchase[0], card, PRICE,
                            api.payPatiently(purchase[1], card, Duration.ofMinutes(5)))));
                }
                Api.pause(1500);
                system.kill(Server.CREDIT);
            } finally {
                buyers.shutdown();
                system.restart(Server.CREDIT);
                api.awaitServing(Server.CREDIT, Duration.ofSeconds(120));
            }
            for (Future<Paid> answer : answers) {
                payments.record(answer.get());
            }
        }

        assertThat(payments.made()).as("every buyer got a final answer after retrying")
                .allMatch(Paid::approved);
        assertThat(payments.awaitMall(payments.made(), DELIVERY)).as("payments not at the mall after the crash")
                .isEmpty();
        assertExactlyOnce(system, api, databases, card, payments.made());
        System.out.printf("OutageIT credit crash: %d kill -9, %d payments, each charged and delivered once%n",
                Scale.crashes(), payments.made().size());
    }

    @Test
    void resultsWaitForACrashedMallAndAreAppliedOnceAfterItsRestart(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Mall Crash Holder", 1_000_000);
        long product = api.newProduct("Mall crash", PRICE);
        Payments payments = new Payments(api);
        List<Paid> paidBefore = List.of(payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)),
                payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)));
        assertThat(payments.awaitMall(paidBefore, DELIVERY)).isEmpty();
        List<String> toShip = paidBefore.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();
        List<String[]> toPay = new ArrayList<>();
        for (int i = 0; i < Scale.burst(); i++) {
            String purchaseId = api.newPurchase(product);
            toPay.add(new String[]{purchaseId, api.paymentInstructions(purchaseId)});
        }

        List<Reply> shipped = new ArrayList<>();
        try {
            system.kill(Server.MALL);
            for (String[] purchase : toPay) {
                payments.record(new Paid(purchase[0], card, PRICE, api.payPatiently(purchase[1], card,
                        Duration.ofSeconds(60))));
            }
            for (String instructions : toShip) {
                shipped.add(api.shipPatiently(instructions, "Mall Crash Holder", Duration.ofSeconds(60)));
            }
        } finally {
            system.restart(Server.MALL);
            api.awaitServing(Server.MALL, Duration.ofSeconds(120));
        }

        assertThat(payments.made()).as("paid while the mall was down").allMatch(Paid::approved);
        assertThat(shipped).as("shipped while the mall was down").allMatch(r -> r.status() == 201);
        assertThat(payments.awaitMall(payments.made(), DELIVERY)).as("payments not at the mall after its restart")
                .isEmpty();
        for (Paid paid : paidBefore) {
            assertThat(api.awaitStatus(paid.purchaseId(), "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .isEqualTo("SHIPPING_ACCEPTED");
        }
        assertExactlyOnce(system, api, databases, card, payments.made());
        System.out.printf("OutageIT mall crash: %d payments and %d shipments while the mall was down, applied once%n",
                toPay.size(), shipped.size());
    }

    /**
     * One settlement per purchase at the credit company, the card charged exactly the approved sum, and no result
     * for these purchases refused by the mall (a second approval would be dead-lettered).
     */
    private static void assertExactlyOnce(AnonpaySystem system, Api api, Databases databases, Card card,
                                          List<Paid> made) {
        for (Paid paid : made) {
            assertThat(databases.settlementsOf(paid.purchaseId())).as("settlements of %s", paid.purchaseId())
                    .isEqualTo(1);
        }
        long approved = made.stream().filter(Paid::approved).mapToLong(Paid::sum).sum();
        assertThat(api.balance(card)).as("the card is charged exactly once per approved payment")
                .isEqualTo(card.limit() - approved);
        assertThat(databases.approved(card.id())[1]).isEqualTo(approved);
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        Map<String, Long> refused = new DeadLetters(system).browse(DeadLetters.SETTLEMENT_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(refused).as("results the mall refused for these purchases").isEmpty();
    }
}
