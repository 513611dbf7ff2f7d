package io.anonpay.mall;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployed mall as its tests use it: products, purchases and their status, and the partners' signatures. */
public final class TestMall {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI base;

    public TestMall(URI base) {
        this.base = base;
    }

    public Http http() {
        return Http.at(base);
    }

    /** A new product of that price (EUR cents) and packed size, through the operator's API. */
    public long product(long price, int l, int w, int h, int grams) {
        return product(price, "EUR", l, w, h, grams);
    }

    /** A new product of that price (minor units of {@code currency}) and packed size. */
    public long product(long price, String currency, int l, int w, int h, int grams) {
        String body = """
                {"name":"Item %s","price":{"amount":%d,"currency":"%s"},
                 "size":{"lengthCm":%d,"widthCm":%d,"heightCm":%d,"weightGrams":%d}}
                """.formatted(UUID.randomUUID(), price, currency, l, w, h, grams);
        Http.Reply created = http().asOperator().post("api/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    public JsonObject buy(long productId, int quantity) {
        Http.Reply bought = http().post("api/purchases",
                "{\"items\":[{\"productId\":%d,\"quantity\":%d}]}".formatted(productId, quantity));
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return bought.json().asJsonObject();
    }

    public JsonObject purchase(String purchaseId) {
        return http().get("api/purchases/" + encode(purchaseId)).json().asJsonObject();
    }

    /** The purchase once it has that status, or as it is after {@link #PATIENCE}. */
    public JsonObject awaitStatus(String purchaseId, String status) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject current = purchase(purchaseId);
        while (!current.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
            sleep(200);
            current = purchase(purchaseId);
        }
        return current;
    }

    /** The purchase once it matches, or as it is after {@link #PATIENCE}. */
    public JsonObject await(String purchaseId, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject current = purchase(purchaseId);
        while (!condition.test(current) && Instant.now().isBefore(deadline)) {
            sleep(200);
            current = purchase(purchaseId);
        }
        return current;
    }

    /** The purchase once its payment is in that state, or as it is after {@link #PATIENCE}. */
    public JsonObject awaitPayment(String purchaseId, String state) {
        return await(purchaseId, p -> p.get("payment") instanceof JsonObject payment
                && payment.getString("state").equals(state));
    }

    /** A purchase of one new product at that price (EUR cents), approved by the test's credit company. */
    public String paid(long price) {
        String purchaseId = buy(product(price, 10, 10, 10, 100), 1).getString("purchaseId");
        designateCompanies(purchaseId);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, approval(purchaseId, "v1.sealed-" + UUID.randomUUID(), price));
        assertThat(awaitStatus(purchaseId, "PAID").getString("status")).isEqualTo("PAID");
        return purchaseId;
    }

    /** A paid purchase whose parcel the test's shipping company reports {@code status}: the first receipt. */
    public void ship(String purchaseId, String shippingId, ShipmentStatus status) {
        Http.Reply issued = http().post("api/purchases/" + encode(purchaseId) + "/shipping-instructions",
                "{\"company\":\"" + TestParties.SHIPPING + "\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        BrokerClient.send(Queues.SHIPPING_RECEIPTS, receipt(purchaseId, shippingId, status));
    }

    /** A receipt of the test's shipping company, as its relay would send it. */
    public static String receipt(String purchaseId, String shippingId, ShipmentStatus status) {
        return as(TestParties.SHIPPING, TestParties.keys(TestParties.SHIPPING)).sign(
                new ShippingReceipt(purchaseId, shippingId, status, TestParties.SHIPPING), "mall", Duration.ofDays(7));
    }

    /** The answer of the company a request went to, with the payment's state and totals after it (EUR cents). */
    public static String applied(PaymentRequest request, PaymentState state, long captured, long refunded) {
        PaymentUpdate.Event event = switch (request.action()) {
            case CAPTURE -> PaymentUpdate.Event.CAPTURED;
            case VOID -> PaymentUpdate.Event.VOIDED;
            case REFUND -> PaymentUpdate.Event.REFUNDED;
        };
        return update(request.creditCompany(), new PaymentUpdate(request.purchaseId(), request.requestId(), event,
                request.amount(), new Money(captured, "EUR"), new Money(refunded, "EUR"), state, null,
                request.creditCompany()));
    }

    /** A payment update signed by {@code company}, as its relay would send it. */
    public static String update(String company, PaymentUpdate update) {
        return as(company, TestParties.keys(company)).sign(update, "mall", Duration.ofDays(7));
    }

    /** Every payment request the mall made about the purchase, as its operator lists them. */
    public JsonArray operatorRequests(String purchaseId) {
        Http.Reply listed = http().asOperator().get("api/operator/purchases/" + encode(purchaseId) + "/payment-requests");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().asJsonArray();
    }

    /** The purchase's payment as its buyer sees it; null before an approval. */
    public JsonObject payment(String purchaseId) {
        JsonValue payment = purchase(purchaseId).get("payment");
        return payment instanceof JsonObject object ? object : null;
    }

    /**
     * The buyer designates a credit company for the purchase, and the test's shipping company, as before paying
     * there; its answer.
     */
    public Http.Reply designate(String purchaseId, String creditCompany) {
        return designate(purchaseId, creditCompany, TestParties.SHIPPING);
    }

    /** The buyer designates both companies for the purchase, as before paying; the mall's answer. */
    public Http.Reply designate(String purchaseId, String creditCompany, String shippingCompany) {
        return http().post("api/purchases/" + encode(purchaseId) + "/payment-instructions",
                "{\"company\":\"" + creditCompany + "\",\"shippingCompany\":\"" + shippingCompany + "\"}");
    }

    /** The buyer designates the test's credit and shipping companies, whose reports the mall then applies. */
    public void designateCompanies(String purchaseId) {
        Http.Reply designated = designate(purchaseId, TestParties.CREDIT);
        if (designated.status() != 200) {
            throw new AssertionError("designating " + TestParties.CREDIT + ": " + designated);
        }
    }

    /** A decline of the purchase by the test's credit company, as its relay would send it. */
    public static String decline(String purchaseId, long amount) {
        return as(TestParties.CREDIT, TestParties.keys(TestParties.CREDIT)).sign(
                SettlementResult.declined(purchaseId, new Money(amount, "EUR"),
                        SettlementResult.DeclineReason.INSUFFICIENT_BALANCE, TestParties.CREDIT), "mall",
                Duration.ofDays(7));
    }

    /** An approval of the purchase, signed by the test's credit company as its relay would send it. */
    public static String approval(String purchaseId, String settlementId, long amount) {
        return as(TestParties.CREDIT, TestParties.keys(TestParties.CREDIT)).sign(
                SettlementResult.approved(purchaseId, settlementId, new Money(amount, "EUR"), TestParties.CREDIT),
                "mall", Duration.ofDays(7));
    }

    /** Signs as a partner of the mall whose keys the mall fetches from the test's partner server. */
    public static SignedContracts as(String party, KeyRing keys) {
        return new SignedContracts(party, keys, TrustedKeys.of(Map.of()), ReplayGuard.none(), Clock.systemUTC());
    }

    /** Verifies what the mall signed for {@code party}. */
    public SignedContracts verifierFor(String party) {
        JsonObject mallKeys = http().get("api/keys").json().asJsonObject();
        return new SignedContracts(party, TestParties.keys(party), TrustedKeys.of(Map.of("mall", JwkSet.parse(mallKeys))),
                ReplayGuard.none(), Clock.systemUTC());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
