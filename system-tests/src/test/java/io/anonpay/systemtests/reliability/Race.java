package io.anonpay.systemtests.reliability;

import io.anonpay.systemtests.reliability.Databases.CardBooks;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Payments.Paid;

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
 * Many buyers paying at once through the real HTTP APIs, with less credit on the cards than they ask for, and the
 * invariants that must hold afterwards: every payment answered, no balance negative, money conserved exactly,
 * each purchase settled at most once, and every outcome at the mall exactly once.
 */
final class Race {

    static final long PRICE = 1_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** Where one payment of the race goes: client number, its payment number, the card it uses. */
    @FunctionalInterface
    interface Step {
        Paid pay(Payments payments, long product, int client, int payment, Card card);
    }

    private final AnonpaySystem system;
    private final Api api;
    private final Databases databases;
    private final Payments payments;
    private final List<Card> cards = new ArrayList<>();
    private final long product;
    private final int clients = Scale.clients();
    private final int perClient = Scale.paymentsPerClient();

    /** Issues {@code cardCount} cards holding about half of what the clients will ask for, and a product. */
    Race(AnonpaySystem system, String name, int cardCount) {
        this.system = system;
        this.api = new Api(system);
        this.databases = new Databases(system);
        long demand = (long) clients * perClient * PRICE;
        // about half of what the buyers ask for, and not a whole number of payments: some must be declined
        long limit = demand / 2 / cardCount + PRICE / 2;
        for (int i = 0; i < cardCount; i++) {
            cards.add(api.newCard(name + " Holder " + i, limit));
        }
        this.product = api.newProduct(name, PRICE);
        this.payments = new Payments(api);
    }

    /** Runs every client's payments at once, each on a card drawn at random, and waits for all of them. */
    List<Paid> run(Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    step.pay(payments, product, client, i, cards.get(ThreadLocalRandom.current().nextInt(cards.size())));
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
        return made;
    }

    /**
     * Per card, the books balance ({@link Books}) with the approvals the buyers were told, and the declines were
     * right: what the approvals left of the credit issued is less than one more payment; and the three parties'
     * clearing reports agree ({@link Clearing}).
     */
    void assertMoneyConserved() {
        Map<Long, Long> approvedSums = payments.approvedSums();
        Books books = new Books(api, databases);
        for (Card card : cards) {
            long approved = approvedSums.getOrDefault(card.id(), 0L);
            CardBooks held = books.assertConserved(card, approved);
            // every payment of the race is of the one product: the same sum and the same shipping fee
            long fee = held.approvedCount() == 0 ? 0 : held.feesApproved() / held.approvedCount();
            assertThat(card.limit() - approved - held.feesApproved())
                    .as("%s: less left than one more payment and its fee (the declines were right)", card)
                    .isLessThan(PRICE + fee);
        }
        Clearing.assertReconciled(system, patience());
    }

    /** Each purchase settled at most once, each approved one exactly once, and each outcome applied by the mall. */
    void assertEachPurchaseSettledOnceAndKnownAtTheMall(List<Paid> made) {
        List<String> settledTwice = made.stream().map(Paid::purchaseId)
                .filter(id -> databases.settlementsOf(id) > 1).toList();
        assertThat(settledTwice).as("purchases settled more than once").isEmpty();
        List<String> approvedWithoutSettlement = made.stream().filter(Paid::approved).map(Paid::purchaseId)
                .filter(id -> databases.settlementsOf(id) != 1).toList();
        assertThat(approvedWithoutSettlement).as("approved purchases without exactly one settlement").isEmpty();
        new ResultTrail(system).assertNoneLate(payments.awaitMall(made, PATIENCE),
                "purchases whose outcome did not reach the mall");
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        List<String> refused = new DeadLetters(system).browse(DeadLetters.SETTLEMENT_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains).toList();
        assertThat(refused).as("results for these purchases the mall refused (e.g. a second approval)").isEmpty();
    }

    /** Over all the race's cards: {released by voids and expiries, captured, refunded}, from the ledger. */
    long[] totals() {
        long[] totals = new long[3];
        for (Card card : cards) {
            Databases.CardBooks books = databases.books(card.id());
            totals[0] += books.released();
            totals[1] += books.captured();
            totals[2] += books.refunded();
        }
        return totals;
    }

    int clients() {
        return clients;
    }

    static Duration patience() {
        return PATIENCE;
    }
}
