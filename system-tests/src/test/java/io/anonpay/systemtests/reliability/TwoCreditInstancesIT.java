package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit company scaled out: a second credit instance on the same database, keys and broker (as behind a load
 * balancer), and buyers paying through both at once, on one hot card and on a few cards, with credit for about half
 * the demand. No balance goes negative, money is conserved exactly, each purchase is settled at most once, and every
 * approved purchase is PAID at the mall exactly once.
 */
@ExtendWith(RunningSystem.class)
class TwoCreditInstancesIT {

    private static final long PRICE = 1_000;

    @Test
    void clientsPayingThroughTwoCreditInstancesOnOneDatabase(AnonpaySystem system) throws Exception {
        String first = system.baseUrl(Server.CREDIT);
        String second = system.startExtraInstance(Server.CREDIT);
        try {
            new Api(system).awaitServingAt(second, Duration.ofSeconds(120));
            race(system, List.of(first, second), 1);
            race(system, List.of(first, second), 3);
        } finally {
            system.stopExtraInstances(Server.CREDIT);
        }
    }

    private static void race(AnonpaySystem system, List<String> instances, int cardCount) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        int clients = Scale.clients();
        int perClient = Scale.paymentsPerClient();
        long demand = (long) clients * perClient * PRICE;
        // about half of what the buyers ask for, and not a whole number of payments: some must be declined
        long limit = demand / 2 / cardCount + PRICE / 2;
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            cards.add(api.newCard("Two Instances Holder " + i, limit));
        }
        long product = api.newProduct("TwoInstances", PRICE);
        Payments payments = new Payments(api);
        Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();
        instances.forEach(url -> answeredBy.put(url, new AtomicInteger()));

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    // alternately through each instance, half the clients starting with the second
                    String instance = instances.get((client + i) % instances.size());
                    Card card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
                    Paid paid = payments.buyAndPayAt(instance, product, PRICE, card, Duration.ofSeconds(120));
                    if (paid.answered()) {
                        answeredBy.get(instance).incrementAndGet();
                    }
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
        for (String instance : instances) {
            assertThat(answeredBy.get(instance).get()).as("payments answered by %s", instance).isPositive();
        }
        assertThat(databases.negativeBalances()).as("cards with a negative balance").isZero();
        Map<Long, Long> approvedSums = payments.approvedSums();
        for (Card card : cards) {
            long approved = approvedSums.getOrDefault(card.id(), 0L);
            long[] inLedger = databases.approved(card.id());
            long balance = api.balance(card);
            assertThat(balance).as("%s: balance never negative", card).isNotNegative();
            assertThat(databases.balanceInLedger(card.id())).as("%s: the ledger's balance is the statement's", card)
                    .isEqualTo(balance);
            assertThat(balance + approved).as("%s: limit = balance on the statement + approved payments", card)
                    .isEqualTo(card.limit());
            assertThat(inLedger[1]).as("%s: the ledger's approved sum equals what the buyers were told", card)
                    .isEqualTo(approved);
            assertThat(balance).as("%s: less left than one more payment (the declines were right)", card)
                    .isLessThan(PRICE);
        }
        List<String> settledTwice = made.stream().map(Paid::purchaseId)
                .filter(id -> databases.settlementsOf(id) > 1).toList();
        assertThat(settledTwice).as("purchases settled more than once").isEmpty();
        List<String> approvedWithoutSettlement = made.stream().filter(Paid::approved).map(Paid::purchaseId)
                .filter(id -> databases.settlementsOf(id) != 1).toList();
        assertThat(approvedWithoutSettlement).as("approved purchases without exactly one settlement").isEmpty();
        Map<String, String> late = payments.awaitMall(made, Duration.ofSeconds(120));
        assertThat(late).as("purchases whose outcome did not reach the mall (purchase → last status)").isEmpty();
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        List<String> doubled = new DeadLetters(system).browse(DeadLetters.SETTLEMENT_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains).toList();
        assertThat(doubled).as("results for these purchases the mall refused (e.g. a second approval)").isEmpty();
        long approvedCount = made.stream().filter(Paid::approved).count();
        System.out.printf("TwoCreditInstancesIT: %d clients, %d cards, %d payments (%s): %d approved, %d declined%n",
                clients, cardCount, made.size(), answeredBy.entrySet().stream()
                        .map(e -> e.getValue().get() + " at " + e.getKey()).collect(Collectors.joining(", ")),
                approvedCount, made.size() - approvedCount);
    }
}
