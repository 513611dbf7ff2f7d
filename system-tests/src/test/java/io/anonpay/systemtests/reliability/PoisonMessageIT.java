package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.DeadLetters.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages on the mall's settlement queue that can never be applied: each ends in the dead-letter queue after a
 * bounded number of attempts, changes no purchase, and does not hold up the genuine results behind it.
 */
@ExtendWith(RunningSystem.class)
class PoisonMessageIT {

    private static final long PRICE = 1_100;

    @Test
    void poisonMessagesEndInTheDeadLetterQueueAndChangeNothing(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        DeadLetters broker = new DeadLetters(system);
        Forger forger = new Forger(system);
        KeyRing creditKeys = forger.realKeys(Server.CREDIT);
        long product = api.newProduct("Poison", PRICE);
        String purchase = api.newPurchase(product);
        String unknownPurchase = HostileInputIT.flip(purchase, purchase.length() / 2);
        String settlementId = "v1.poison-" + UUID.randomUUID();

        Map<String, String> poison = new LinkedHashMap<>();
        poison.put("garbage text", "not a JWS at all " + UUID.randomUUID());
        poison.put("an empty JWS", "..");
        poison.put("a well-signed approval for an unknown purchase", forger.settlementResult(creditKeys,
                SettlementResult.approved(unknownPurchase, settlementId, Money.of(PRICE, "EUR"), "credit")));
        poison.put("a well-signed approval with another sum than the purchase's", forger.settlementResult(creditKeys,
                SettlementResult.approved(purchase, settlementId, Money.of(1, "EUR"), "credit")));
        poison.put("an approval signed with a key the mall does not trust", forger.settlementResult(
                Forger.strangerKeys(), SettlementResult.approved(purchase, settlementId, Money.of(PRICE, "EUR"),
                        "credit")));

        String before = databases.fingerprint();
        poison.values().forEach(text -> broker.send(DeadLetters.SETTLEMENT_RESULTS, text));
        List<String> missing = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (var letter : poison.entrySet()) {
            Optional<Letter> dead = broker.await(DeadLetters.SETTLEMENT_DLQ, letter.getValue()::equals,
                    Duration.ofSeconds(120));
            if (dead.isEmpty()) {
                missing.add(letter.getKey());
            } else {
                causes.add(letter.getKey() + ": " + dead.get().cause());
            }
        }

        assertThat(missing).as("poison messages not dead-lettered within two minutes").isEmpty();
        assertThat(causes).as("each was given up after the redelivery limit")
                .allMatch(cause -> cause.contains("redelivery policy limit"));
        assertThat(api.status(purchase)).as("the purchase the poison named").isEqualTo("AWAITING_PAYMENT");
        assertThat(databases.fingerprint()).as("no server's data changed").isEqualTo(before);

        Card card = api.newCard("Poison Holder", 10_000);
        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying after the poison");
        assertThat(api.awaitStatus(purchase, "PAID"::equals, Duration.ofSeconds(120)))
                .as("a genuine result after the poison is still applied").isEqualTo("PAID");
        causes.forEach(cause -> System.out.println("PoisonMessageIT: " + cause.lines().findFirst().orElse("")));
    }
}
