package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Payments.Paid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    @Test
    void clientsPayingThroughTwoCreditInstancesOnOneDatabase(AnonpaySystem system) throws Exception {
        String first = system.baseUrl(Server.CREDIT);
        String second = system.server(Server.CREDIT).startExtraInstance();
        try {
            new Api(system).awaitServingAt(second, Duration.ofSeconds(120));
            race(system, List.of(first, second), 1);
            race(system, List.of(first, second), 3);
        } finally {
            system.server(Server.CREDIT).stopExtraInstances();
        }
    }

    private static void race(AnonpaySystem system, List<String> instances, int cardCount) throws Exception {
        Race race = new Race(system, "TwoInstances", cardCount);
        Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();
        instances.forEach(url -> answeredBy.put(url, new AtomicInteger()));

        List<Paid> made = race.run((payments, product, client, payment, card) -> {
            // alternately through each instance, half the clients starting with the second
            String instance = instances.get((client + payment) % instances.size());
            Paid paid = payments.buyAndPayAt(instance, product, Race.PRICE, card, Race.patience());
            if (paid.answered()) {
                answeredBy.get(instance).incrementAndGet();
            }
            return paid;
        });

        for (String instance : instances) {
            assertThat(answeredBy.get(instance).get()).as("payments answered by %s", instance).isPositive();
        }
        race.assertMoneyConserved();
        race.assertEachPurchaseSettledOnceAndKnownAtTheMall(made);
        long approvedCount = made.stream().filter(Paid::approved).count();
        System.out.printf("TwoCreditInstancesIT: %d clients, %d cards, %d payments (%s): %d approved, %d declined%n",
                race.clients(), cardCount, made.size(), answeredBy.entrySet().stream()
                        .map(e -> e.getValue().get() + " at " + e.getKey()).collect(Collectors.joining(", ")),
                approvedCount, made.size() - approvedCount);
    }
}
