package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many buyers paying at once through the real HTTP APIs, on one hot card and spread over several cards, with less
 * credit than they ask for: no balance goes negative, money is conserved exactly, and every approved payment
 * reaches the mall as PAID exactly once.
 */
@ExtendWith(RunningSystem.class)
class ConcurrencyIT {

    private static final long PRICE = 1_000;

    @Test
    void manyClientsOnOneHotCard(AnonpaySystem system) throws Exception {
        race(system, 1);
    }

    @Test
    void manyClientsOnSeveralCards(AnonpaySystem system) throws Exception {
        race(system, 4);
    }

    private static void race(AnonpaySystem system, int cardCount) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        int clients = Scale.clients();
        int perClient = Scale.paymentsPerClient();
        long demand = (long) clients * perClient * PRICE;
        // about half of what the buyers ask for, and not a whole number of payments: some must be declined
        long limit = demand / 2 / cardCount + PRICE / 2;
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            cards.add(api.newCard("Race Holder " + i, limit));
        }
        long product = api.newProduct("Race", PRICE);
        Payments payments = new Payments(api);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    Card card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
                    payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(120));
                }
                return null;
            }));
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(15, TimeUnit.MINUTES);
        for (Future<?> client : running) {
            client.get();
        }
        assertThat(finished).as("the clients finished").isTrue();

        List<Paid> made = payments.made();
        List<Paid> unanswered = made.stream().filter(p -> !p.approved() && !p.declined()).toList();
        assertThat(unanswered).as("payments without a final outcome").isEmpty();
        assertThat(made).hasSize(clients * perClient);
        assertThat(databases.negativeBalances()).as("cards with a negative balance").isZero();
        Map<Long, Long> approvedSums = payments.approvedSums();
        for (Card card : cards) {
            long approved = approvedSums.getOrDefault(card.id(), 0L);
            long[] inLedger = databases.approved(card.id());
            long balance = api.balance(card);
            assertThat(balance).as("%s: balance never negative", card).isNotNegative();
            assertThat(balance + approved).as("%s: limit = balance on the statement + approved payments", card)
                    .isEqualTo(card.limit());
            assertThat(inLedger[1]).as("%s: the ledger's approved sum equals what the buyers were told", card)
                    .isEqualTo(approved);
            assertThat(balance).as("%s: less left than one more payment (the declines were right)", card)
                    .isLessThan(PRICE);
        }
        Map<String, String> late = payments.awaitMall(made, Duration.ofSeconds(120));
        assertThat(late).as("purchases whose outcome did not reach the mall (purchase → last status)").isEmpty();
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        List<String> doubled = new DeadLetters(system).browse(DeadLetters.SETTLEMENT_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains).toList();
        assertThat(doubled).as("results for these purchases the mall refused (e.g. a second approval)").isEmpty();
        long approvedCount = made.stream().filter(Paid::approved).count();
        System.out.printf("ConcurrencyIT: %d clients, %d cards, %d payments: %d approved, %d declined%n",
                clients, cardCount, made.size(), approvedCount, made.size() - approvedCount);
    }
}
