package io.anonpay.mall;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
        String body = """
                {"name":"Item %s","price":{"amount":%d,"currency":"EUR"},
                 "size":{"lengthCm":%d,"widthCm":%d,"heightCm":%d,"weightGrams":%d}}
                """.formatted(UUID.randomUUID(), price, l, w, h, grams);
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

    /** The buyer designates a credit company for the purchase, as before paying there; its answer. */
    public Http.Reply designate(String purchaseId, String creditCompany) {
        return http().post("api/purchases/" + encode(purchaseId) + "/payment-instructions",
                "{\"company\":\"" + creditCompany + "\"}");
    }

    /** The buyer designates the test's credit company, whose results the mall then applies. */
    public void designateCredit(String purchaseId) {
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
