package io.anonpay.shipping.shipment;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.shipping.ShippingDb;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping company deployed for real, driven as the buyer would: the mall's signed instructions plus delivery
 * data in, a tracking number out; the database read directly to prove what it holds and what it never holds.
 */
@ExtendWith(ArquillianExtension.class)
class ShipmentsIT {

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http buyer() {
        return Http.at(URI.create(base.toString()));
    }

    private static String name() {
        return "Ada Lovelace " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void acceptsValidInstructionsAndTracksTheParcel() {
        String purchaseId = TestMall.purchaseId();

        Http.Reply accepted = buyer().post("api/shipments", TestMall.request(TestMall.signed(purchaseId, 2400), name()));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonObject body = accepted.json().asJsonObject();
        String shippingId = body.getString("shippingId");
        assertThat(shippingId).matches("AP[0-9]{13}");
        assertThat(body.getString("status")).isEqualTo("ACCEPTED");
        assertThat(body.getString("returnUrl")).isEqualTo(TestMall.RETURN_URL);
        assertThat(body.getJsonObject("paymentSum").getInt("amount")).isEqualTo(4999);
        assertThat(body.getJsonObject("fee").getInt("amount")).isEqualTo(500);
        assertThat(ShippingDb.tariffVersion(purchaseId)).isEqualTo(TestParties.TARIFF.version());

        Http.Reply tracked = buyer().get("api/shipments/" + shippingId);
        assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
        JsonObject shipment = tracked.json().asJsonObject();
        assertThat(shipment.getString("status")).isEqualTo("ACCEPTED");
        assertThat(shipment.getJsonObject("shippingVolume").getInt("cubicCentimeters")).isEqualTo(2400);
        assertThat(tracked.body()).doesNotContain("Ada").doesNotContain("Lindenallee").doesNotContain("Berlin");
    }

    @Test
    void feeFollowsTheVolumeByThePublishedTariff() {
        JsonObject tariff = buyer().get("api/tariff").json().asJsonObject();
        long base = tariff.getJsonObject("baseFee").getJsonNumber("amount").longValue();
        long perKg = tariff.getJsonObject("perKilogram").getJsonNumber("amount").longValue();
        long divisor = tariff.getJsonNumber("cubicCentimetersPerKilogram").longValue();

        JsonObject small = accept(2400);
        JsonObject large = accept(12_000);

        assertThat(fee(small)).isEqualTo(base + perKg);
        assertThat(fee(large)).isEqualTo(base + perKg * ((12_000 + divisor - 1) / divisor));
        assertThat(fee(large)).isEqualTo(720);
        assertThat(large.getJsonObject("fee").getString("currency")).isEqualTo("EUR");
    }

    @Test
    void aParcelAboveTheTariffIsRefused() {
        String purchaseId = TestMall.purchaseId();

        assertRejected(purchaseId, TestMall.signed(purchaseId, 3_000_000), 422, "volume-exceeds-tariff");
    }

    @Test
    void aFeeOtherThanTheTariffsIsRefused() {
        String purchaseId = TestMall.purchaseId();
        ShippingVolume volume = new ShippingVolume(12_000);
        Money tariffFee = TestParties.TARIFF.fee(volume);

        assertRejected(purchaseId, TestMall.sign(TestMall.instructions(purchaseId, volume,
                Money.of(tariffFee.amount() - 1, "EUR"), TestParties.TARIFF.version())), 422, "fee-mismatch");
        assertRejected(purchaseId, TestMall.sign(TestMall.instructions(purchaseId, volume,
                TestParties.TARIFF.fee(new ShippingVolume(2400)), TestParties.TARIFF.version())), 422, "fee-mismatch");
    }

    @Test
    void aTariffVersionTheCompanyNeverPublishedIsRefused() {
        String purchaseId = TestMall.purchaseId();
        ShippingVolume volume = new ShippingVolume(2400);
        Tariff cheaper = new Tariff(TestParties.SHIPPING, "EUR", 1, 1, 5000, 1, 2_000_000);

        assertRejected(purchaseId, TestMall.sign(TestMall.instructions(purchaseId, volume, cheaper.fee(volume),
                cheaper.version())), 422, "unknown-tariff");
    }

    @Test
    void theNameIsStoredOnlySealedToTheCreditCompanyAndTheAddressOnlyEncrypted() {
        String purchaseId = TestMall.purchaseId();
        String name = name();

        Http.Reply accepted = buyer().post("api/shipments", TestMall.request(TestMall.signed(purchaseId, 2400), name));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);

        List<String> rows = ShippingDb.shipmentRows(purchaseId);
        assertThat(rows).hasSize(1);
        for (String clear : List.of(name, "Ada", "Lovelace", "Lindenallee", "10115", "Berlin", "5550123")) {
            assertThat(rows.get(0)).doesNotContain(clear);
            assertThat(ShippingDb.outboxRows(purchaseId)).allSatisfy(row -> assertThat(row).doesNotContain(clear));
        }
        assertThat(ShippingDb.everything()).noneMatch(row -> row.contains(name));
        String sealed = ShippingDb.sealedName(purchaseId);
        assertThat(SealedIdentifiers.open(IdentifierKind.RECIPIENT_NAME, sealed, TestParties.keys(TestParties.CREDIT)))
                .isEqualTo(name);
    }

    @Test
    void repeatingTheRequestReturnsTheSameShipment() {
        String purchaseId = TestMall.purchaseId();
        String instructions = TestMall.signed(purchaseId, 2400);

        Http.Reply first = buyer().post("api/shipments", TestMall.request(instructions, name()));
        Http.Reply again = buyer().post("api/shipments", TestMall.request(instructions, name()));
        Http.Reply freshlySigned = buyer().post("api/shipments", TestMall.request(TestMall.signed(purchaseId, 2400), name()));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(freshlySigned.status()).as(freshlySigned.toString()).isEqualTo(200);
        String shippingId = first.json().asJsonObject().getString("shippingId");
        assertThat(again.json().asJsonObject().getString("shippingId")).isEqualTo(shippingId);
        assertThat(freshlySigned.json().asJsonObject().getString("shippingId")).isEqualTo(shippingId);
        assertThat(ShippingDb.shipmentRows(purchaseId)).hasSize(1);
        assertOneReceiptAndOneFeeClaim(purchaseId);
    }

    @Test
    void concurrentRequestsForOnePurchaseMakeOneShipment() throws Exception {
        String purchaseId = TestMall.purchaseId();
        String request = TestMall.request(TestMall.signed(purchaseId, 2400), name());
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                calls.add(() -> buyer().post("api/shipments", request));
            }
            List<String> shippingIds = new ArrayList<>();
            int created = 0;
            for (Future<Http.Reply> future : pool.invokeAll(calls)) {
                Http.Reply reply = future.get();
                assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
                created += reply.status() == 201 ? 1 : 0;
                shippingIds.add(reply.json().asJsonObject().getString("shippingId"));
            }
            assertThat(created).isEqualTo(1);
            assertThat(shippingIds).containsOnly(shippingIds.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(ShippingDb.shipmentRows(purchaseId)).hasSize(1);
        assertOneReceiptAndOneFeeClaim(purchaseId);
    }

    @Test
    void forgedInstructionsAreRejectedAndNothingIsStored() {
        String purchaseId = TestMall.purchaseId();
        ShippingInstructions instructions = TestMall.instructions(purchaseId, 2400);
        KeyRing impostor = KeyRing.generate(new SecureRandom());

        assertRejected(purchaseId, TestMall.signAs(TestParties.MALL, impostor, Clock.systemUTC(), instructions),
                403, "signature-unknown-key");
    }

    @Test
    void tamperedInstructionsAreRejected() {
        String purchaseId = TestMall.purchaseId();
        String genuine = TestMall.signed(purchaseId, 2400);
        String cheaper = TestMall.signed(TestMall.purchaseId(), 1);
        String[] g = genuine.split("\\.");
        String[] c = cheaper.split("\\.");
        // The genuine header and signature over another (smaller) body: the signature no longer matches.
        String tampered = g[0] + "." + c[1] + "." + g[2];

        assertRejected(purchaseId, tampered, 403, "signature-invalid");
    }

    @Test
    void expiredInstructionsAreRejected() {
        String purchaseId = TestMall.purchaseId();
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        ShippingInstructions i = TestMall.instructions(purchaseId, 2400);
        ShippingInstructions old = new ShippingInstructions(i.purchaseId(), i.paymentSum(), i.shippingVolume(),
                i.shippingFee(), i.tariffVersion(), i.mall(), i.shippingCompany(), i.creditCompany(), i.returnUrl(),
                twoHoursAgo.plus(Duration.ofHours(1)));
        String expired = TestMall.signAs(TestParties.MALL, TestParties.keys(TestParties.MALL),
                Clock.fixed(twoHoursAgo, ZoneOffset.UTC), old);

        assertRejected(purchaseId, expired, 422, "signature-expired");
    }

    @Test
    void instructionsForAnotherShippingCompanyAreRejected() {
        String purchaseId = TestMall.purchaseId();
        ShippingInstructions i = TestMall.instructions(purchaseId, 2400);
        ShippingInstructions elsewhere = new ShippingInstructions(i.purchaseId(), i.paymentSum(), i.shippingVolume(),
                i.shippingFee(), i.tariffVersion(), i.mall(), "another-shipping", i.creditCompany(), i.returnUrl(),
                i.expiresAt());

        assertRejected(purchaseId, TestMall.sign(elsewhere), 403, "signature-wrong-audience");
    }

    @Test
    void onlyAMallMayInstructAShipment() {
        String purchaseId = TestMall.purchaseId();
        ShippingInstructions i = TestMall.instructions(purchaseId, 2400);
        ShippingInstructions byCredit = new ShippingInstructions(i.purchaseId(), i.paymentSum(), i.shippingVolume(),
                i.shippingFee(), i.tariffVersion(), TestParties.CREDIT, i.shippingCompany(), i.creditCompany(),
                i.returnUrl(), i.expiresAt());

        assertRejected(purchaseId, TestMall.signAs(TestParties.CREDIT, TestParties.keys(TestParties.CREDIT),
                Clock.systemUTC(), byCredit), 403, "signature-unknown-issuer");
    }

    @Test
    void malformedInstructionsAreRejected() {
        assertProblem(buyer().post("api/shipments", TestMall.request("not-a-jws", name())), 400, "signature-malformed");
        assertProblem(buyer().post("api/shipments", TestMall.request("a.b.c", name())), 400, "signature-malformed");
        assertProblem(buyer().post("api/shipments", "{\"instructions\": "), 400, "malformed-body");
        assertProblem(buyer().post("api/shipments", "[]"), 400, "malformed-body");
    }

    @Test
    void anUnknownCreditCompanyIsRefused() {
        String purchaseId = TestMall.purchaseId();
        ShippingInstructions i = TestMall.instructions(purchaseId, 2400);
        ShippingInstructions unknownCredit = new ShippingInstructions(i.purchaseId(), i.paymentSum(),
                i.shippingVolume(), i.shippingFee(), i.tariffVersion(), i.mall(), i.shippingCompany(), "no-such-credit",
                i.returnUrl(), i.expiresAt());

        assertRejected(purchaseId, TestMall.sign(unknownCredit), 422, "unknown-credit-company");
    }

    @Test
    void invalidDeliveryDataIsRefusedFieldByField() {
        String purchaseId = TestMall.purchaseId();
        String instructions = TestMall.signed(purchaseId, 2400);
        String badCountry = TestMall.request(instructions, name()).replace("\"DE\"", "\"Germany\"");
        String noName = TestMall.request(instructions, " ");

        Http.Reply country = buyer().post("api/shipments", badCountry);
        Http.Reply blank = buyer().post("api/shipments", noName);

        assertProblem(country, 400, "invalid-request");
        assertThat(country.json().asJsonObject().getString("detail")).contains("country");
        assertProblem(blank, 400, "invalid-request");
        assertThat(blank.json().asJsonObject().getString("detail")).contains("name");
        assertThat(ShippingDb.shipmentRows(purchaseId)).isEmpty();
    }

    @Test
    void noProductNameCanReachTheServer() {
        String purchaseId = TestMall.purchaseId();
        String withProduct = TestMall.request(TestMall.signed(purchaseId, 2400), name())
                .replaceFirst("\\{", "{\"productName\":\"Secret Teapot\",");
        String inRecipient = TestMall.request(TestMall.signed(purchaseId, 2400), name())
                .replace("\"street\":", "\"product\":\"Secret Teapot\",\"street\":");

        assertProblem(buyer().post("api/shipments", withProduct), 400, "malformed-body");
        assertProblem(buyer().post("api/shipments", inRecipient), 400, "malformed-body");
        assertThat(ShippingDb.shipmentRows(purchaseId)).isEmpty();
        assertThat(ShippingDb.everything()).noneMatch(row -> row.contains("Secret Teapot"));
    }

    @Test
    void trackingNumbersAreCheckedBeforeLookup() {
        assertProblem(buyer().get("api/shipments/AP0000000000001"), 400, "invalid-tracking-number");
        assertProblem(buyer().get("api/shipments/not-a-number"), 400, "invalid-tracking-number");
        assertProblem(buyer().get("api/shipments/AP0000000000000"), 404, "shipment-not-found");
    }

    @Test
    void publishesItsKeysAndTheShippingPage() {
        JsonObject keys = buyer().get("api/keys").json().asJsonObject();
        Http.Reply page = buyer().get("ship.html");

        assertThat(keys.getJsonArray("keys")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form").contains("ship.js").doesNotContain("http://").doesNotContain("https://");
        assertThat(buyer().get("ship.js").status()).isEqualTo(200);
    }

    private JsonObject accept(long volume) {
        Http.Reply reply = buyer().post("api/shipments",
                TestMall.request(TestMall.signed(TestMall.purchaseId(), volume), name()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().asJsonObject();
    }

    private static long fee(JsonObject shipment) {
        return shipment.getJsonObject("fee").getJsonNumber("amount").longValue();
    }

    private static void assertOneReceiptAndOneFeeClaim(String purchaseId) {
        assertThat(ShippingDb.outboxRows(purchaseId, Queues.SHIPPING_RECEIPTS)).hasSize(1);
        assertThat(ShippingDb.outboxRows(purchaseId, Queues.feeClaimsOf(TestParties.CREDIT))).hasSize(1);
        assertThat(ShippingDb.outboxRows(purchaseId)).hasSize(2);
    }

    private void assertRejected(String purchaseId, String instructions, int status, String type) {
        assertProblem(buyer().post("api/shipments", TestMall.request(instructions, name())), status, type);
        assertThat(ShippingDb.shipmentRows(purchaseId)).isEmpty();
        assertThat(ShippingDb.outboxRows(purchaseId)).isEmpty();
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().asJsonObject().getString("type")).as(reply.toString()).endsWith("/" + type);
    }
}
