package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.ShippingVolume;
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
import java.util.UUID;

/**
 * The test plays the mall: it makes purchase ids and signs payment instructions and payment requests with the
 * mall's test keys. It can also play a second mall the credit company knows ({@link #OTHER_MALL}). Its instructions
 * ship by the test shipping company, priced by the tariff that company publishes ({@link TestParties#TARIFF}), as
 * the mall prices them.
 */
final class ActingMall {

    static final String RETURN_URL = "https://mall.example/purchases/return";
    /** The credit company under test: its party id as the server is configured (the pom's Failsafe runs). */
    static final String CREDIT = System.getenv().getOrDefault("ANONPAY_PARTY_ID", TestParties.CREDIT);
    /** A second mall in the server's partners (credit-war's pom), publishing the keys of a test party unused here. */
    static final String OTHER_MALL = "mall-two";
    static final KeyRing OTHER_MALL_KEYS = TestParties.keys(TestParties.OTHER_CREDIT);
    /** The parcel of every test purchase: 1,000 cm³, one chargeable kilogram at the test tariff. */
    static final ShippingVolume VOLUME = new ShippingVolume(1_000);
    /** The test shipping company's fee for {@link #VOLUME} (EUR), held on the card with each sum. */
    static final long FEE = TestParties.TARIFF.fee(VOLUME).amount();

    private ActingMall() {
    }

    /** A real purchase id: a product name sealed to the mall's key, as the mall makes it. */
    static String purchaseId() {
        return SealedIdentifiers.seal(IdentifierKind.PURCHASE, "Teapot",
                TestParties.keys(TestParties.MALL).activeSealingKey().publicKey());
    }

    static String instructions(String purchaseId, long amount, String currency) {
        return signedAs("mall", TestParties.keys(TestParties.MALL), purchaseId, amount, currency, CREDIT,
                Instant.now().plus(Duration.ofMinutes(10)));
    }

    static String instructions(long amount, String currency) {
        return instructions(purchaseId(), amount, currency);
    }

    static String signedAs(String mall, KeyRing keys, String purchaseId, long amount, String currency,
            String audience, Instant expiresAt) {
        return signed(new PaymentInstructions(purchaseId, Money.of(amount, currency), TestParties.SHIPPING, VOLUME,
                TestParties.TARIFF.fee(VOLUME), TestParties.TARIFF.version(), mall, audience, RETURN_URL, expiresAt),
                keys);
    }

    /** Instructions to the credit company under test with shipping terms of the test's choosing, right or wrong. */
    static String instructions(String purchaseId, long amount, String shippingCompany, ShippingVolume volume, long fee,
            String tariffVersion) {
        return signed(new PaymentInstructions(purchaseId, Money.of(amount, "EUR"), shippingCompany, volume,
                Money.of(fee, "EUR"), tariffVersion, TestParties.MALL, CREDIT, RETURN_URL,
                Instant.now().plus(Duration.ofMinutes(10))), TestParties.keys(TestParties.MALL));
    }

    /** Signed as {@code instructions.mall()} with {@code keys}. */
    static String signed(PaymentInstructions instructions, KeyRing keys) {
        // Issued ten minutes before it expires, so that instructions that expired long ago can be made too.
        Instant expiresAt = instructions.expiresAt();
        Clock issuedAt = Clock.fixed(expiresAt.minus(Duration.ofMinutes(10)), java.time.ZoneOffset.UTC);
        return new SignedContracts(instructions.mall(), keys, TrustedKeys.of(Map.of()), ReplayGuard.none(), issuedAt)
                .sign(instructions);
    }

    /** A fresh request id, as the mall makes them. */
    static String requestId() {
        return UUID.randomUUID().toString();
    }

    /** The mall's signed request to the credit company under test. */
    static String request(String requestId, String purchaseId, PaymentRequest.Action action, long amount) {
        return request(new PaymentRequest(requestId, purchaseId, action, Money.of(amount, "EUR"), "mall", CREDIT),
                TestParties.keys(TestParties.MALL));
    }

    /** Signed as {@code request.mall()} with {@code keys}, for {@code request.creditCompany()}. */
    static String request(PaymentRequest request, KeyRing keys) {
        return new SignedContracts(request.mall(), keys, TrustedKeys.of(Map.of()), ReplayGuard.none(),
                Clock.systemUTC()).sign(request, Duration.ofMinutes(10));
    }
}
