package io.anonpay.credit.settlement;

import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static io.anonpay.credit.settlement.ActingMall.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping fee at settlement: checked against the shipping company's signed tariff before anything happens,
 * then held on the card together with the goods (or the payment declines), recorded with its terms, and shown on
 * the cardholder's statement as its shipping line. The mall's result still speaks of the goods alone.
 */
@ExtendWith(ArquillianExtension.class)
class ShippingFeeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    private static JsonObject json(Http.Reply reply) {
        return reply.json().asJsonObject();
    }

    @Test
    void aPaymentHoldsTheSumAndTheFeeTogetherAndTheMallHearsOfTheSum() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        String purchaseId = ActingMall.purchaseId();

        Http.Reply paid = credit().pay(ActingMall.instructions(purchaseId, 2_500, "EUR"), card.number(),
                card.password());

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(json(paid).getString("outcome")).isEqualTo("APPROVED");
        assertThat(credit().available(card)).as("available drops by the sum and the fee").isEqualTo(10_000 - 2_500 - FEE);
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(CreditRows.shippingTerms(purchaseId))
                .isEqualTo("shipping 1000 cm³ " + FEE + " " + TestParties.TARIFF.version());
        assertThat(CreditRows.feeLine(purchaseId)).isEqualTo("HELD null");
        assertThat(CreditRows.steps(purchaseId)).containsExactly("HOLD 2500 APPLIED", "FEE_HOLD " + FEE + " APPLIED");
        CreditRows.assertBooksBalance(card.id(), 10_000);
        JsonObject line = json(credit().statement(card.number(), card.password())).getJsonArray("settlements")
                .getJsonObject(0);
        JsonObject shipping = line.getJsonObject("shipping");
        assertThat(shipping.getString("kind")).isEqualTo("shipping");
        assertThat(shipping.getString("shippingCompany")).isEqualTo(TestParties.SHIPPING);
        assertThat(shipping.getJsonObject("fee").getJsonNumber("amount").longValue()).isEqualTo(FEE);
        assertThat(shipping.getString("state")).isEqualTo("HELD");
        assertThat(line.containsKey("addressedToAnotherName")).as("nobody claimed the fee yet").isFalse();
        assertThat(line.toString()).doesNotContain("Teapot");
        SettlementResult result = mall().verifySettlementResult(
                MallQueue.resultFor(purchaseId, Duration.ofSeconds(60)).orElseThrow());
        assertThat(result.paymentSum().amount()).as("the goods, as before fees").isEqualTo(2_500);
    }

    @Test
    void aCardThatCanPayTheGoodsButNotAlsoTheFeeDeclines() {
        TestCard card = credit().issue(2_500 + FEE - 1, "EUR");
        String purchaseId = ActingMall.purchaseId();

        Http.Reply declined = credit().pay(ActingMall.instructions(purchaseId, 2_500, "EUR"), card.number(),
                card.password());

        assertThat(declined.status()).as(declined.toString()).isEqualTo(201);
        assertThat(json(declined).getString("declineReason")).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(credit().held(card)).isZero();
        assertThat(CreditRows.shippingTerms(purchaseId)).as("the terms it was declined for")
                .startsWith("shipping 1000 cm³ " + FEE);
        assertThat(CreditRows.feeLine(purchaseId)).isEqualTo("null null");
        JsonObject shipping = json(credit().statement(card.number(), card.password())).getJsonArray("settlements")
                .getJsonObject(0).getJsonObject("shipping");
        assertThat(shipping.getJsonObject("fee").getJsonNumber("amount").longValue()).isEqualTo(FEE);
        assertThat(shipping.containsKey("state")).as("nothing held").isFalse();
    }

    @Test
    void shippingTermsTheTariffDoesNotBearAreProblemsAndChangeNothing() {
        TestCard card = credit().issue(10_000, "EUR");
        String version = TestParties.TARIFF.version();
        ShippingVolume tooBig = new ShippingVolume(TestParties.TARIFF.maximumCubicCentimeters() + 1);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(terms(TestParties.SHIPPING, VOLUME, FEE - 1, version), "422 fee-mismatch");
        expected.put(terms(TestParties.SHIPPING, VOLUME, FEE + 1, version), "422 fee-mismatch");
        expected.put(terms(TestParties.SHIPPING, new ShippingVolume(VOLUME.cubicCentimeters() * 10), FEE,
                version), "422 fee-mismatch");
        expected.put(terms(TestParties.SHIPPING, tooBig, FEE, version), "422 volume-exceeds-tariff");
        expected.put(terms("shipping-three", VOLUME, FEE, version), "400 unknown-shipping-company");
        expected.put(terms(TestParties.SHIPPING, VOLUME, FEE, "tAAAAAAAAAAAAAAAA"), "422 tariff-not-verified");

        expected.forEach((instructions, problem) -> {
            Http.Reply reply = credit().pay(instructions, card.number(), card.password());
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.status() + " " + json(reply).getString("type").replaceAll(".*/", ""))
                    .as(reply.toString()).isEqualTo(problem);
        });

        assertNothingChanged(card);
    }

    @Test
    void aTariffWhoseSignatureDoesNotHoldIsAProblemAndChangesNothing() {
        TestCard card = credit().issue(10_000, "EUR");
        // terms the server has never seen, so that no version it verified before answers for them
        Tariff byAnother = unseen(TestParties.OTHER_SHIPPING);
        Tariff tampered = unseen(TestParties.SHIPPING);
        String genuine = TestParties.signedTariff(TestParties.SHIPPING, unseen(TestParties.SHIPPING));
        String[] parts = genuine.split("\\.");
        String otherTerms = TestParties.signedTariff(TestParties.SHIPPING, tampered).split("\\.")[1];
        Map<String, String> published = new LinkedHashMap<>();
        published.put(TestParties.signedTariff(TestParties.OTHER_SHIPPING, byAnother),
                terms(TestParties.SHIPPING, VOLUME, byAnother.fee(VOLUME).amount(), byAnother.version()));
        published.put(parts[0] + "." + otherTerms + "." + parts[2],
                terms(TestParties.SHIPPING, VOLUME, tampered.fee(VOLUME).amount(), tampered.version()));

        try {
            published.forEach((tariff, instructions) -> {
                TestParties.publishTariff(tariff);
                Http.Reply reply = credit().pay(instructions, card.number(), card.password());
                assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
                assertThat(json(reply).getString("type")).as(reply.toString()).endsWith("/tariff-not-verified");
            });
        } finally {
            TestParties.publishTariff(null);
        }

        assertNothingChanged(card);
    }

    /** Nothing held, no settlement, and no password was even compared: the card still has all its attempts. */
    private void assertNothingChanged(TestCard card) {
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isZero();
        assertThat(CreditRows.query("select count(*) from settlement where card_id = ?", rs -> rs.getLong(1),
                card.id())).containsExactly(0L);
        assertThat(json(credit().pay(ActingMall.instructions(100, "EUR"), card.number(), "wrong"))
                .getInt("attemptsLeft")).as("refused before the password check").isEqualTo(4);
    }

    private static String terms(String shippingCompany, ShippingVolume volume, long fee,
            String tariffVersion) {
        return ActingMall.instructions(ActingMall.purchaseId(), 2_500, shippingCompany, volume, fee, tariffVersion);
    }

    /** A tariff of {@code company} with a base fee no test used before: a version nobody has verified yet. */
    private static Tariff unseen(String company) {
        long baseFee = 1_000 + ThreadLocalRandom.current().nextLong(1_000_000_000);
        return new Tariff(company, "EUR", baseFee, 110, 5_000, 1, 2_000_000);
    }

    /** The mall's view: it verifies results with the keys the credit company publishes. */
    private SignedContracts mall() {
        String jwks = credit().http().get("api/keys").body();
        return new SignedContracts(TestParties.MALL, TestParties.keys(TestParties.MALL),
                TrustedKeys.of(Map.of(ActingMall.CREDIT, JwkSet.parse(jwks))), ReplayGuard.none(), Clock.systemUTC());
    }
}
