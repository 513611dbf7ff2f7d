package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.TestParties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The test plays the mall: it makes purchase ids and signs payment instructions with the mall's test keys. */
final class ActingMall {

    static final String RETURN_URL = "https://mall.example/purchases/return";

    private ActingMall() {
    }

    /** A real purchase id: a product name sealed to the mall's key, as the mall makes it. */
    static String purchaseId() {
        return SealedIdentifiers.seal(IdentifierKind.PURCHASE, "Teapot",
                TestParties.keys(TestParties.MALL).activeSealingKey().publicKey());
    }

    static String instructions(String purchaseId, long amount, String currency) {
        return signedAs("mall", TestParties.keys(TestParties.MALL), purchaseId, amount, currency, "credit",
                Instant.now().plus(Duration.ofMinutes(10)));
    }

    static String instructions(long amount, String currency) {
        return instructions(purchaseId(), amount, currency);
    }

    static String signedAs(String mall, KeyRing keys, String purchaseId, long amount, String currency,
            String audience, Instant expiresAt) {
        // Issued ten minutes before it expires, so that instructions that expired long ago can be made too.
        Clock issuedAt = Clock.fixed(expiresAt.minus(Duration.ofMinutes(10)), java.time.ZoneOffset.UTC);
        SignedContracts contracts = new SignedContracts(mall, keys, TrustedKeys.of(Map.of()), ReplayGuard.none(),
                issuedAt);
        return contracts.sign(new PaymentInstructions(purchaseId, Money.of(amount, currency), mall, audience,
                RETURN_URL, expiresAt));
    }
}
