package io.anonpay.shipping;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The credit company's end of its fee-claims queue on the real broker: looks at the claims for one purchase
 * without taking them off (a queue browser) and verifies them, as the credit company does, with the keys the
 * shipping server publishes.
 */
public final class FeeClaimQueue {

    /** The queue of the test's credit company. */
    public static final String QUEUE = Queues.feeClaimsOf(TestParties.CREDIT);

    private FeeClaimQueue() {
    }

    /** The signed claims for the purchase once at least one is there; fails after {@code timeout}. */
    public static List<String> await(String purchaseId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<String> claims = now(purchaseId);
            if (!claims.isEmpty()) {
                return claims;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no fee claim for the purchase on " + QUEUE + " within " + timeout);
            }
            sleep();
        }
    }

    /** The signed claims for the purchase on the queue now. */
    public static List<String> now(String purchaseId) {
        return BrokerClient.browse(QUEUE).stream()
                .filter(letter -> purchaseId.equals(letter.properties().get(OutboxRelay.MESSAGE_KEY)))
                .map(BrokerClient.Letter::text).toList();
    }

    /** As the credit company reads a claim: signed by the shipping server, addressed to it. */
    public static FeeClaim verify(Http shipping, String signed) {
        SignedContracts credit = new SignedContracts(TestParties.CREDIT, TestParties.keys(TestParties.CREDIT),
                TrustedKeys.of(Map.of(TestParties.SHIPPING, JwkSet.parse(shipping.get("api/keys").body()))),
                ReplayGuard.none(), Clock.systemUTC());
        return credit.verifyFeeClaim(signed);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
