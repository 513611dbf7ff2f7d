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

/** The test plays the mall: it signs shipping instructions with the mall's key the server fetches. */
public final class TestMall {

    public static final String RETURN_URL = "http://127.0.0.1:8080/mall/purchase.html";

    private TestMall() {
    }

    /** An opaque purchase id of the shape the mall makes, unique per call. */
    public static String purchaseId() {
        return "v1.testkid." + UUID.randomUUID().toString().replace("-", "") + "sealedpurchase";
    }

    public static ShippingInstructions instructions(String purchaseId, long volume) {
        return new ShippingInstructions(purchaseId, Money.of(4999, "EUR"), new ShippingVolume(volume),
                TestParties.MALL, TestParties.SHIPPING, TestParties.CREDIT, RETURN_URL,
                Instant.now().plus(Duration.ofMinutes(30)));
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
