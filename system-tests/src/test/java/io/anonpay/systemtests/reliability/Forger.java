package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.contract.Tariff;
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

    /** The volume of every forged parcel. */
    static final ShippingVolume VOLUME = new ShippingVolume(1000);

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

    /** The shipping company's tariff as it publishes it at {@code api/tariff}, verified with its own keys. */
    Tariff tariff(Api api) {
        String signed = Api.expect(api.get(Server.SHIPPING, "api/tariff"), 200, "the tariff").object()
                .getString("signed");
        return new SignedContracts("mall", realKeys(Server.MALL), TrustedKeys.of(Map.of(Api.SHIPPING_COMPANY,
                realKeys(Server.SHIPPING).publicKeys())), ReplayGuard.none(), Clock.systemUTC()).verifyTariff(signed);
    }

    /** Instructions for a parcel of {@link #VOLUME}, with the shipping company's fee for it by {@code tariff}. */
    String paymentInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt,
                               Tariff tariff) {
        return paymentInstructions(keys, purchaseId, amount, audience, expiresAt, tariff, tariff.fee(VOLUME));
    }

    /** As above, with any fee: a fee that is not the tariff's is refused where it is checked. */
    String paymentInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt,
                               Tariff tariff, Money fee) {
        return contracts("mall", keys, expiresAt).sign(new PaymentInstructions(purchaseId, Money.of(amount, "EUR"),
                Api.SHIPPING_COMPANY, VOLUME, fee, tariff.version(), "mall", audience,
                system.baseUrl(Server.MALL) + "/purchase.html", expiresAt));
    }

    String shippingInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt,
                                Tariff tariff) {
        return shippingInstructions(keys, purchaseId, amount, audience, expiresAt, tariff, tariff.fee(VOLUME));
    }

    String shippingInstructions(KeyRing keys, String purchaseId, long amount, String audience, Instant expiresAt,
                                Tariff tariff, Money fee) {
        return contracts("mall", keys, expiresAt).sign(new ShippingInstructions(purchaseId, Money.of(amount, "EUR"),
                VOLUME, fee, tariff.version(), "mall", audience, Api.CREDIT_COMPANY,
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
