package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.privacy.PartyEvidence;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Databases.CardBooks;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipping fee across the three parties (claims 6, 9 and 22): the mall prices it from the shipping company's
 * signed tariff, the credit company holds it with the goods and pays it to the shipping company on its claim, and
 * the cardholder alone learns whether the parcel went to someone else.
 */
@ExtendWith(RunningSystem.class)
class ShippingFeeIT {

    private static final long PRICE = 1_990;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theFeeIsTheShippingCompanysPublishedTariffForTheVolumeAndTheCardHoldsItWithTheGoods(AnonpaySystem system) {
        Api api = new Api(system);
        Card card = api.newCard("Fee Tariff Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Fee kettle", PRICE));
        Tariff tariff = new Forger(system).tariff(api);

        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying");

        JsonObject shown = api.purchase(purchase).object();
        long volume = shown.getJsonObject("shippingVolume").getJsonNumber("cubicCentimeters").longValueExact();
        assertThat(api.fee(purchase)).as("the fee the mall fixed: the signed tariff's for the volume")
                .isEqualTo(tariff.fee(new ShippingVolume(volume)).amount());
        assertThat(shown.getString("tariffVersion")).isEqualTo(tariff.version());
        assertThat(shown.getString("shippingCompany")).isEqualTo(Api.SHIPPING_COMPANY);
        assertThat(shown.getJsonObject("total").getJsonNumber("amount").longValueExact())
                .isEqualTo(PRICE + api.fee(purchase));
        assertThat(api.available(card)).as("the sum and the fee held").isEqualTo(10_000 - PRICE - api.fee(purchase));
    }

    @Test
    void aParcelAddressedToAnotherNameIsFlaggedOnTheCardholdersStatementAlone(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Fee Flag Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Fee teapot", PRICE));
        String recipient = "Otherperson " + letters(10);

        CardBooks books = payAndShipTo(api, databases, card, purchase, recipient);

        JsonObject line = PaymentLifecycleIT.lineOnStatement(api, card, purchase);
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("CLAIMED");
        assertThat(line.getBoolean("addressedToAnotherName")).as("the flag on the cardholder's statement").isTrue();
        assertThat(books.feesClaimed()).isEqualTo(api.fee(purchase));
        assertThat(api.purchase(purchase).body()).as("the mall hears nothing of it")
                .doesNotContainIgnoringCase("another").doesNotContain(recipient);
        assertThat(PartyEvidence.of(system, Server.CREDIT).found(recipient, "the recipient's name in clear"))
                .as("the credit company compared the name and kept only whether it matched").isEmpty();
        assertThat(PartyEvidence.of(system, Server.MALL).found(recipient, "the recipient's name")).isEmpty();
    }

    @Test
    void theCardholdersOwnNameSpelledOtherwiseIsNoOtherName(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Fee Match Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Fee mug", PRICE));

        payAndShipTo(api, databases, card, purchase, "  fee  MATCH holder ");

        JsonObject line = PaymentLifecycleIT.lineOnStatement(api, card, purchase);
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("CLAIMED");
        assertThat(line.containsKey("addressedToAnotherName")).as("the same name, other case and spaces").isFalse();
    }

    /** Pays, ships to {@code recipient} and waits until the capture and the fee claim have landed. */
    private static CardBooks payAndShipTo(Api api, Databases databases, Card card, String purchase,
                                          String recipient) {
        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying");
        assertThat(api.awaitStatus(purchase, "PAID"::equals, PATIENCE)).isEqualTo("PAID");
        Api.expect(api.ship(api.shippingInstructions(purchase), recipient), 201, "shipping");
        assertThat(api.awaitPaymentState(purchase, "CAPTURED", PATIENCE)).isEqualTo("CAPTURED");
        CardBooks books = new Books(api, databases).awaitFeesClaimed(card, PATIENCE);
        assertThat(books.feesHeld()).as("the fee claimed, not held").isZero();
        return new Books(api, databases).assertConserved(card, PRICE);
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }
}
