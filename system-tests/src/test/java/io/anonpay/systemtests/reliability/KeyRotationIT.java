package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.PublicSealingKey;
import io.anonpay.common.crypto.PublicSigningKey;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.DeadLetters.Letter;
import io.anonpay.systemtests.reliability.Payments.Paid;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys rotated while running (issue 19): the operator rotates the credit company's and the mall's keys while buyers
 * pay through two credit instances sharing one key directory, cancel, and have parcels shipped. No payment fails,
 * nothing is dead-lettered, the money balances, and both credit instances publish the new keys first and the old
 * ones still. Then the operator retires the old credit keys at the second instance, and a recipient name sealed to
 * the old key is refused at either with {@code sealed-id-unknown-key}. The default overlap (31 days) is not waited
 * for here: its end is proven with a clock in ejb-common's RotatingKeysTest; retiring early is the same step.
 */
@ExtendWith(RunningSystem.class)
class KeyRotationIT {

    private static final String FEE_CLAIMS = "anonpay.credit.fee-claims." + Api.CREDIT_COMPANY;
    private static final List<String> DEAD_LETTER_QUEUES = List.of(DeadLetters.SETTLEMENT_DLQ,
            DeadLetters.RECEIPTS_DLQ, "DLQ.anonpay.mall.payment-updates",
            "DLQ.anonpay.credit.payment-requests." + Api.CREDIT_COMPANY, "DLQ." + FEE_CLAIMS);

    @Test
    void keysRotateDuringABurstOfPaymentsAndARetiredKeyIsRefused(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        String first = system.baseUrl(Server.CREDIT);
        String second = system.server(Server.CREDIT).startExtraInstance();
        try {
            api.awaitServingAt(second, Duration.ofSeconds(120));
            List<String> instances = List.of(first, second);
            PublicKeySet creditBefore = published(api, first);
            PublicKeySet mallBefore = published(api, system.baseUrl(Server.MALL));
            Map<String, JsonObject> rotations = new ConcurrentHashMap<>();
            Map<String, String> expected = new ConcurrentHashMap<>();
            Race race = new Race(system, "Rotation", 3);
            int rotateAt = Math.min(2, Scale.paymentsPerClient() - 1);

            List<Paid> made = race.run((payments, product, client, payment, card) -> {
                if (payment == rotateAt && client < 2) {
                    Server party = client == 0 ? Server.CREDIT : Server.MALL;
                    rotations.put(party.id(), rotate(api, party));
                }
                Paid paid = payments.buyAndPayAt(instances.get((client + payment) % 2), product, Race.PRICE, card,
                        Race.patience());
                if (paid.approved()) {
                    expected.put(paid.purchaseId(), lifecycle(api, paid.purchaseId(), (client + payment) % 3));
                }
                return paid;
            });

            assertThat(rotations).containsOnlyKeys(Server.CREDIT.id(), Server.MALL.id());
            assertReached(api, expected);
            race.assertMoneyConserved();
            race.assertEachPurchaseSettledOnceAndKnownAtTheMall(made);
            assertFeesClaimed(new Databases(system), expected);
            assertNothingDeadLettered(system, made);
            JsonObject credit = rotations.get(Server.CREDIT.id());
            String oldSealing = creditBefore.activeSealingKey().kid();
            assertThat(credit.getString("previousSealingKid")).isEqualTo(oldSealing);
            for (String instance : instances) {
                assertThat(sealingKids(published(api, instance))).as("published by %s", instance)
                        .startsWith(credit.getString("sealingKid"), oldSealing);
            }
            assertThat(signingKids(published(api, system.baseUrl(Server.MALL)))).startsWith(
                    rotations.get(Server.MALL.id()).getString("signingKid"), mallBefore.signingKeys().get(0).kid());

            retireAndRefuse(system, api, instances, creditBefore.activeSealingKey(), expected);
        } finally {
            system.server(Server.CREDIT).stopExtraInstances();
        }
    }

    /** 0: held; 1: cancelled by the buyer (a void the mall signs); 2: shipped (a capture, and the fee claimed). */
    private static String lifecycle(Api api, String purchaseId, int kind) {
        switch (kind) {
            case 0:
                return "AUTHORIZED";
            case 1:
                Api.expect(api.cancel(purchaseId), 200, "cancelling");
                return "VOIDED";
            default:
                assertThat(api.awaitStatus(purchaseId, "PAID"::equals, Race.patience())).isEqualTo("PAID");
                Api.expect(api.shipPatiently(api.shippingInstructions(purchaseId), "Rotation Recipient",
                        Race.patience()), 201, "shipping");
                return "CAPTURED";
        }
    }

    private static JsonObject rotate(Api api, Server party) {
        Reply reply = Api.expect(api.asOperator(party, "POST", "api/operator/keys/rotation", null), 201,
                "rotating the keys of " + party.id());
        return reply.object();
    }

    private static void assertReached(Api api, Map<String, String> expected) {
        Map<String, String> late = new TreeMap<>();
        expected.forEach((purchase, state) -> {
            String reached = api.awaitPaymentState(purchase, state, Race.patience());
            if (!state.equals(reached)) {
                late.put(purchase, reached + " instead of " + state);
            }
        });
        assertThat(late).as("payments that did not reach their state").isEmpty();
    }

    /** The shipping company sealed each recipient name to the credit company's key of the moment: all opened. */
    private static void assertFeesClaimed(Databases databases, Map<String, String> expected) {
        Instant deadline = Instant.now().plus(Race.patience());
        List<String> shipped = expected.entrySet().stream().filter(e -> e.getValue().equals("CAPTURED"))
                .map(Map.Entry::getKey).toList();
        assertThat(shipped).as("parcels shipped in the burst").isNotEmpty();
        List<String> unclaimed = shipped;
        while (!unclaimed.isEmpty() && Instant.now().isBefore(deadline)) {
            Api.pause(500);
            unclaimed = unclaimed.stream().filter(id -> !"CLAIMED".equals(feeState(databases, id))).toList();
        }
        assertThat(unclaimed).as("shipped purchases whose fee claim was not applied").isEmpty();
    }

    private static void assertNothingDeadLettered(AnonpaySystem system, List<Paid> made) {
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        DeadLetters broker = new DeadLetters(system);
        for (String queue : DEAD_LETTER_QUEUES) {
            assertThat(broker.browse(queue).stream().map(l -> Tokens.purchaseId(l.text()).orElse(""))
                    .filter(ours::contains).toList()).as("dead letters of the burst in %s", queue).isEmpty();
        }
    }

    /**
     * Retires the old credit keys at the second instance; a fee claim whose recipient name is sealed to the old key
     * is then refused for good. Afterwards the keys go back from {@code retired/}, as an operator who retired too
     * early would do, for the shipping company may seal to the old key for five more minutes and the rest of the
     * run shares this system.
     */
    private static void retireAndRefuse(AnonpaySystem system, Api api, List<String> instances,
                                        PublicSealingKey oldKey, Map<String, String> expected) throws IOException {
        Reply retired = Api.expect(api.send(instances.get(1), "POST", "api/operator/keys/retirement", null, null,
                api.operatorAuthorization()), 200, "retiring the old keys");
        assertThat(retired.object().getJsonArray("retiredKids").toString()).contains(oldKey.kid());
        Path keys = system.dataDirectory().keys(Server.CREDIT);
        try {
            for (String instance : instances) {
                assertThat(sealingKids(published(api, instance))).as("published by %s", instance)
                        .doesNotContain(oldKey.kid());
            }
            String held = expected.entrySet().stream().filter(e -> e.getValue().equals("AUTHORIZED"))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no held purchase"));
            String claim = new SignedContracts(Api.SHIPPING_COMPANY, new Forger(system).realKeys(Server.SHIPPING),
                    TrustedKeys.of(Map.of()), ReplayGuard.none(), Clock.systemUTC()).sign(new FeeClaim(held,
                    Money.of(api.fee(held), "EUR"), SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME,
                    "Rotation Recipient", oldKey), Api.SHIPPING_COMPANY, Api.CREDIT_COMPANY), Duration.ofMinutes(10));
            DeadLetters broker = new DeadLetters(system);

            broker.send(FEE_CLAIMS, claim);

            Letter letter = broker.await("DLQ." + FEE_CLAIMS, claim::equals, Race.patience())
                    .orElseThrow(() -> new AssertionError("a name sealed to a retired key was not refused"));
            assertThat(letter.cause()).contains("sealed-id-unknown-key");
            assertThat(letter.attempt()).as("refused for good at once").isEqualTo(1);
            assertThat(feeState(new Databases(system), held)).isEqualTo("HELD");
        } finally {
            try (Stream<Path> files = Files.list(keys.resolve("retired"))) {
                for (Path file : files.toList()) {
                    Files.move(file, keys.resolve(file.getFileName()));
                }
            }
        }
        assertThat(sealingKids(published(api, instances.get(0)))).as("moved back, in force again")
                .contains(oldKey.kid());
    }

    private static String feeState(Databases databases, String purchaseId) {
        return databases.column(Server.CREDIT, "select fee_state from settlement where purchase_id = ?",
                purchaseId).stream().findFirst().orElse("none");
    }

    private static PublicKeySet published(Api api, String baseUrl) {
        return JwkSet.parse(Api.expect(api.send(baseUrl, "GET", "api/keys", null, null, null), 200, "the keys")
                .body());
    }

    private static List<String> sealingKids(PublicKeySet keys) {
        return keys.sealingKeys().stream().map(PublicSealingKey::kid).toList();
    }

    private static List<String> signingKids(PublicKeySet keys) {
        return keys.signingKeys().stream().map(PublicSigningKey::kid).toList();
    }
}
