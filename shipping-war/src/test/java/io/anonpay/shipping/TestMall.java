package io.anonpay.shipping;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.TestParties;
import jakarta.json.Json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The test plays the mall: it signs shipping instructions with the mall's key the server fetches, priced as the
 * mall prices them, by the tariff the shipping server publishes by default ({@link TestParties#TARIFF}).
 */
public final class TestMall {

    public static final String RETURN_URL = "http://127.0.0.1:8080/mall/purchase.html";

    private TestMall() {
    }

    /** An opaque purchase id of the shape the mall makes, unique per call. */
    public static String purchaseId() {
        return "v1.testkid." + UUID.randomUUID().toString().replace("-", "") + "sealedpurchase";
    }

    /** Instructions as the mall writes them: the fee of the test shipping company's tariff for the volume. */
    public static ShippingInstructions instructions(String purchaseId, long volume) {
        return instructions(purchaseId, volume, TestParties.CREDIT);
    }

    /** The same, settled by another credit company the shipping server knows. */
    public static ShippingInstructions instructions(String purchaseId, long volume, String creditCompany) {
        ShippingVolume parcel = new ShippingVolume(volume);
        return instructions(purchaseId, parcel, fee(parcel), TestParties.TARIFF.version(), creditCompany);
    }

    public static ShippingInstructions instructions(String purchaseId, ShippingVolume volume, Money fee,
            String tariffVersion) {
        return instructions(purchaseId, volume, fee, tariffVersion, TestParties.CREDIT);
    }

    private static ShippingInstructions instructions(String purchaseId, ShippingVolume volume, Money fee,
            String tariffVersion, String creditCompany) {
        return new ShippingInstructions(purchaseId, Money.of(4999, "EUR"), volume, fee, tariffVersion,
                TestParties.MALL, TestParties.SHIPPING, creditCompany, RETURN_URL,
                Instant.now().plus(Duration.ofMinutes(30)));
    }

    /**
     * What {@link TestParties#TARIFF} charges for the volume; for a parcel it does not carry (no mall would sell
     * one), what it charges for the largest it does.
     */
    public static Money fee(ShippingVolume volume) {
        return TestParties.TARIFF.fee(TestParties.TARIFF.carries(volume) ? volume
                : new ShippingVolume(TestParties.TARIFF.maximumCubicCentimeters()));
    }

    public static String sign(ShippingInstructions instructions) {
        return signAs(instructions.mall(), TestParties.keys(instructions.mall()), Clock.systemUTC(), instructions);
    }

    public static String signAs(String issuer, KeyRing keys, Clock clock, ShippingInstructions instructions) {
        return new SignedContracts(issuer, keys, TrustedKeys.of(Map.of()), ReplayGuard.none(), clock).sign(instructions);
    }

    /** A new, signed instruction for a fresh purchase. */
    public static String signed(String purchaseId, long volume) {
        return sign(instructions(purchaseId, volume));
    }

    public static String request(String instructions, String name) {
        return Json.createObjectBuilder()
                .add("instructions", instructions)
                .add("recipient", Json.createObjectBuilder()
                        .add("name", name)
                        .add("street", "Lindenallee 12")
                        .add("postalCode", "10115")
                        .add("city", "Berlin")
                        .add("country", "DE")
                        .add("phone", "+49 30 5550123"))
                .build().toString();
    }
}
