package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.KeyDirectory;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Signs messages the way a party would, with the party's real keys (read from the data directory, as an insider or
 * a thief of the key files could) or with keys nobody trusts: the raw material of forged, expired, misaddressed and
 * poison messages.
 */
final class Forger {

    private final AnonpaySystem system;

    Forger(AnonpaySystem system) {
        this.system = system;
    }

    /** The party's own signing keys, as on its disk. */
    KeyRing realKeys(Server party) {
        return new KeyDirectory(system.dataDirectory().keys(party)).loadOrGenerate().ring();
    }

    static KeyRing strangerKeys() {
        return KeyRing.generate(new SecureRandom());
    }

    String paymentInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt) {
        return contracts("mall", keys, expiresAt).sign(new PaymentInstructions(purchaseId, Money.of(amount, "EUR"), "mall",
                audience, system.baseUrl(Server.MALL) + "/purchase.html", expiresAt));
    }

    String shippingInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt) {
        return contracts("mall", keys, expiresAt).sign(new ShippingInstructions(purchaseId, Money.of(amount, "EUR"),
                new ShippingVolume(1000), "mall", audience, Api.CREDIT_COMPANY,
                system.baseUrl(Server.MALL) + "/purchase.html", expiresAt));
    }

    String settlementResult(KeyRing keys, SettlementResult result) {
        return contracts("credit", keys, Instant.MAX).sign(result, "mall", Duration.ofHours(1));
    }

    /** Signs "now", or for a message that has already expired, as if twenty minutes before its expiry. */
    private static SignedContracts contracts(String self, KeyRing keys, Instant expiresAt) {
        Clock clock = expiresAt.isAfter(Instant.now()) ? Clock.systemUTC()
                : Clock.fixed(expiresAt.minus(Duration.ofMinutes(20)), java.time.ZoneOffset.UTC);
        return new SignedContracts(self, keys, TrustedKeys.of(Map.of()), ReplayGuard.none(), clock);
    }
}
