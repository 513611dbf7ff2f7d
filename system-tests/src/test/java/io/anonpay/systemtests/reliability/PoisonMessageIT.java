package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.DeadLetters.Letter;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
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
        poisonIsDeadLetteredAndTheOperatorHandlesIt(system, "PoisonMessageIT");
    }

    /**
     * The scenario on any system (FullServerRuntimeIT runs it on the full servers): five poison messages, each
     * dead-lettered at once with the mall's reason, no data changed, the operator's list, redelivery and discard,
     * and a genuine payment still applied after them.
     */
    static void poisonIsDeadLetteredAndTheOperatorHandlesIt(AnonpaySystem system, String reporter) {
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

        Map<String, String> reasons = Map.of(
                "garbage text", "signature-malformed",
                "an empty JWS", "signature-malformed",
                "a well-signed approval for an unknown purchase", "no purchase ",
                "a well-signed approval with another sum than the purchase's", "carries another sum than the purchase",
                "an approval signed with a key the mall does not trust", "signature-unknown-key");

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
                causes.add(letter.getKey() + ": " + dead.get().cause() + " (attempt " + dead.get().attempt() + ")");
            }
        }

        assertThat(missing).as("poison messages not dead-lettered within two minutes").isEmpty();
        assertThat(causes).as("each refused for good at once, with the mall's reason")
                .allMatch(cause -> cause.contains(reasons.get(cause.substring(0, cause.indexOf(": ")))));
        assertThat(api.status(purchase)).as("the purchase the poison named").isEqualTo("AWAITING_PAYMENT");
        assertThat(databases.fingerprint()).as("no server's data changed").isEqualTo(before);
        assertThat(causes).as("dead-lettered on the first attempt").allMatch(cause -> cause.endsWith("(attempt 1)"));
        theOperatorSeesSendsBackAndDiscardsDeadLetters(api, databases, poison, reasons);

        Card card = api.newCard("Poison Holder", 10_000);
        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying after the poison");
        assertThat(api.awaitStatus(purchase, "PAID"::equals, Duration.ofSeconds(120)))
                .as("a genuine result after the poison is still applied").isEqualTo("PAID");
        causes.forEach(cause -> System.out.println(reporter + ": " + cause.lines().findFirst().orElse("")));
    }

    /**
     * The mall's operator API over the dead-letter queues: every poison message is listed with why it was given up;
     * one sent back to its queue is refused again and returns (under a new message id); one discarded is gone;
     * unknown letters and queues are problems; nothing of it changes any server's data.
     */
    private static void theOperatorSeesSendsBackAndDiscardsDeadLetters(Api api, Databases databases,
                                                                       Map<String, String> poison,
                                                                       Map<String, String> reasons) {
        String before = databases.fingerprint();
        Map<String, JsonObject> listed = listedByText(api);
        for (var letter : poison.entrySet()) {
            JsonObject shown = listed.get(letter.getValue());
            assertThat(shown).as("%s in the operator's list", letter.getKey()).isNotNull();
            assertThat(shown.getString("queue")).isEqualTo("settlement-results");
            assertThat(shown.getString("cause")).as(letter.getKey()).contains(reasons.get(letter.getKey()));
            assertThat(shown.getInt("attempts")).as(letter.getKey()).isEqualTo(1);
            assertThat(shown.getString("messageId")).startsWith("ID:");
        }

        String garbage = poison.get("garbage text");
        String garbageId = listed.get(garbage).getString("messageId");
        String untrusted = poison.get("an approval signed with a key the mall does not trust");
        String untrustedId = listed.get(untrusted).getString("messageId");
        Api.expect(api.asOperator(Server.MALL, "DELETE", "api/operator/dead-letters/settlement-results/" + garbageId,
                null), 204, "discarding a dead letter");
        Api.expect(api.asOperator(Server.MALL, "POST", "api/operator/dead-letters/settlement-results/" + untrustedId
                + "/redelivery", null), 204, "sending a dead letter back");
        for (String path : List.of("settlement-results/" + garbageId, "shipping-receipts/" + untrustedId,
                "settlement-results/ID:nothing-like-it", "settlement-results/not-an-id'%20or%20'1'='1",
                "no-such-queue/" + untrustedId)) {
            Reply refused = api.asOperator(Server.MALL, "DELETE", "api/operator/dead-letters/" + path, null);
            assertThat(refused.status()).as("DELETE %s: %s", path, refused).isEqualTo(404);
            assertThat(refused.isCompleteProblem()).as(refused.toString()).isTrue();
        }

        Instant deadline = Instant.now().plusSeconds(120);
        Map<String, JsonObject> after = listedByText(api);
        while (!after.containsKey(untrusted) && Instant.now().isBefore(deadline)) {
            Api.pause(500);
            after = listedByText(api);
        }
        assertThat(after).as("the discarded letter").doesNotContainKey(garbage);
        assertThat(after).as("the letter sent back, refused again").containsKey(untrusted);
        assertThat(after.get(untrusted).getString("messageId")).as("sent back as a new message")
                .isNotEqualTo(untrustedId);
        assertThat(after).as("the others stay").containsKeys(poison.get("an empty JWS"));
        assertThat(databases.fingerprint()).as("no server's data changed by the operator").isEqualTo(before);
        System.out.printf("PoisonMessageIT: the operator listed %d dead letters, discarded one, sent one back%n",
                listed.size());
    }

    private static Map<String, JsonObject> listedByText(Api api) {
        Reply list = Api.expect(api.asOperator(Server.MALL, "GET", "api/operator/dead-letters", null), 200,
                "the dead letters");
        Map<String, JsonObject> byText = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            reader.readArray().forEach(v -> byText.put(v.asJsonObject().getString("text", ""), v.asJsonObject()));
        }
        return byText;
    }
}
