package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Databases.CardBooks;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three paths of a payment after its approval, each checked where each party keeps it: at the mall (the
 * purchase and its mirrored payment), on the cardholder's statement, and in the credit company's ledger.
 * <ul>
 *     <li>pay → ship → capture → partial refund → full refund;</li>
 *     <li>pay → cancel → void;</li>
 *     <li>pay → expiry, at a second credit instance configured with a short authorisation period.</li>
 * </ul>
 */
@ExtendWith(RunningSystem.class)
class PaymentLifecycleIT {

    private static final long PRICE = 2_500;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The second instance's authorisation period: short, so that the test sees an expiry. */
    private static final String SHORT_EXPIRY = "PT5S";

    @Test
    void payShipCaptureThenRefundInTwoParts(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Lifecycle Capture Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Lifecycle kettle", PRICE));

        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying");
        long fee = api.fee(purchase);
        assertThat(api.awaitPaymentState(purchase, "AUTHORIZED", PATIENCE)).isEqualTo("AUTHORIZED");
        assertThat(api.status(purchase)).isEqualTo("PAID");
        CardBooks held = databases.books(card.id());
        assertThat(held.balance()).as("an authorisation debits nothing").isEqualTo(10_000);
        assertThat(held.held()).as("it holds the sum and the shipping fee").isEqualTo(PRICE + fee);
        assertThat(api.available(card)).isEqualTo(10_000 - PRICE - fee);

        Api.expect(api.ship(api.shippingInstructions(purchase), "Lifecycle Capture Holder"), 201, "shipping");
        assertThat(api.awaitPaymentState(purchase, "CAPTURED", PATIENCE)).as("captured once the parcel is accepted")
                .isEqualTo("CAPTURED");
        assertThat(api.status(purchase)).isEqualTo("SHIPPING_ACCEPTED");
        CardBooks captured = new Books(api, databases).awaitFeesClaimed(card, PATIENCE);
        assertThat(captured.balance()).as("the goods and the fee taken").isEqualTo(10_000 - PRICE - fee);
        assertThat(captured.held()).isZero();
        assertThat(captured.captured()).isEqualTo(PRICE);
        assertThat(captured.feesClaimed()).as("the shipping company claimed its fee").isEqualTo(fee);

        Reply tooLate = api.cancel(purchase);
        assertThat(tooLate.status()).as("cancelling after shipment: %s", tooLate).isEqualTo(409);
        assertThat(tooLate.isCompleteProblem()).isTrue();
        assertThat(tooLate.object().getString("type")).endsWith("already-shipped");

        Api.expect(api.refund(purchase, 1_000, "EUR", "scratched lid"), 202, "a partial refund");
        assertThat(api.awaitPaymentState(purchase, "PARTIALLY_REFUNDED", PATIENCE)).isEqualTo("PARTIALLY_REFUNDED");
        String before = databases.fingerprint();
        Reply tooMuch = api.refund(purchase, PRICE, "EUR", "more than remains");
        assertThat(tooMuch.status()).as("a refund above what remains captured: %s", tooMuch).isEqualTo(409);
        assertThat(tooMuch.isCompleteProblem()).isTrue();
        assertThat(tooMuch.object().getString("type")).endsWith("refund-exceeds-captured");
        assertThat(databases.fingerprint()).as("the refused refund changed nothing").isEqualTo(before);
        Api.expect(api.refund(purchase, PRICE - 1_000, "EUR", "returned after all"), 202, "the rest");
        assertThat(api.awaitPaymentState(purchase, "REFUNDED", PATIENCE)).isEqualTo("REFUNDED");

        CardBooks refunded = new Books(api, databases).assertConserved(card, PRICE);
        assertThat(refunded.balance()).as("all of the goods back; the carrier keeps its fee").isEqualTo(10_000 - fee);
        assertThat(refunded.refunded()).isEqualTo(PRICE);
        JsonObject payment = api.purchase(purchase).object().getJsonObject("payment");
        assertThat(amount(payment, "captured")).isEqualTo(PRICE);
        assertThat(amount(payment, "refunded")).isEqualTo(PRICE);
        List<String> steps = stepsOnStatement(api, card, purchase);
        assertThat(steps.stream().filter(step -> !step.startsWith("FEE_")).toList()).containsExactly(
                "HOLD " + PRICE, "CAPTURE " + PRICE, "REFUND 1000", "REFUND " + (PRICE - 1_000));
        assertThat(steps.stream().filter(step -> step.startsWith("FEE_")).toList())
                .as("the fee line's steps: held with the goods, claimed by the shipping company")
                .containsExactly("FEE_HOLD " + fee, "FEE_CLAIM " + fee);
        JsonObject line = lineOnStatement(api, card, purchase);
        assertThat(line.getJsonObject("shipping").getString("kind")).isEqualTo("shipping");
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("CLAIMED");
        assertThat(line.containsKey("addressedToAnotherName")).as("the parcel went to the cardholder").isFalse();
        assertThat(api.statement(card).body()).as("the statement names no product").doesNotContain("kettle");
    }

    @Test
    void payThenCancelVoidsTheHold(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Lifecycle Void Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Lifecycle toaster", PRICE));

        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying");
        long fee = api.fee(purchase);
        assertThat(api.awaitPaymentState(purchase, "AUTHORIZED", PATIENCE)).isEqualTo("AUTHORIZED");
        JsonObject cancelled = Api.expect(api.cancel(purchase), 200, "cancelling").object();
        JsonObject again = Api.expect(api.cancel(purchase), 200, "cancelling again").object();

        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(again.getString("status")).isEqualTo("CANCELLED");
        assertThat(api.awaitPaymentState(purchase, "VOIDED", PATIENCE)).isEqualTo("VOIDED");
        CardBooks books = new Books(api, databases).assertConserved(card, PRICE);
        assertThat(books.balance()).isEqualTo(10_000);
        assertThat(books.held()).isZero();
        assertThat(books.released()).isEqualTo(PRICE);
        assertThat(books.feesReleased()).as("the fee released with the goods").isEqualTo(fee);
        assertThat(api.available(card)).isEqualTo(10_000);
        assertThat(databases.column(Server.CREDIT, "select state from settlement where purchase_id = ?", purchase))
                .containsExactly("VOIDED");
        assertThat(stepsOnStatement(api, card, purchase)).containsExactly("HOLD " + PRICE, "FEE_HOLD " + fee,
                "VOID " + PRICE, "FEE_RELEASE " + fee);
        Reply packingList = api.asOperator(Server.MALL, "GET", "api/operator/packing-list", null);
        assertThat(packingList.status()).isEqualTo(200);
        assertThat(packingList.body()).as("a cancelled purchase is not packed").doesNotContain(purchase);
    }

    @Test
    void anAuthorisationNobodyCapturesExpires(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Lifecycle Expiry Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Lifecycle mixer", PRICE));
        long fee;
        String shortLived = system.server(Server.CREDIT)
                .startExtraInstance(Map.of("CREDIT_AUTHORIZATION_EXPIRY", SHORT_EXPIRY));
        try {
            api.awaitServingAt(shortLived, Duration.ofSeconds(120));
            Api.expect(api.pay(shortLived, api.paymentInstructions(purchase), card), 201, "paying");
            fee = api.fee(purchase);

            assertThat(api.awaitPaymentState(purchase, "EXPIRED", PATIENCE)).as("expired at the mall")
                    .isEqualTo("EXPIRED");
        } finally {
            system.server(Server.CREDIT).stopExtraInstances();
        }
        CardBooks books = new Books(api, databases).assertConserved(card, PRICE);
        assertThat(books.balance()).isEqualTo(10_000);
        assertThat(books.held()).as("the hold released").isZero();
        assertThat(books.released()).isEqualTo(PRICE);
        assertThat(books.feesReleased()).as("the fee released with the goods").isEqualTo(fee);
        assertThat(databases.column(Server.CREDIT, "select state from settlement where purchase_id = ?", purchase))
                .containsExactly("EXPIRED");
        assertThat(stepsOnStatement(api, card, purchase)).containsExactly("HOLD " + PRICE, "FEE_HOLD " + fee,
                "EXPIRY " + PRICE, "FEE_RELEASE " + fee);
        Reply packingList = api.asOperator(Server.MALL, "GET", "api/operator/packing-list", null);
        assertThat(packingList.body()).as("an expired payment is not packed").doesNotContain(purchase);
    }

    /** The steps of one purchase's line on the cardholder's statement, as "KIND amount", oldest first. */
    static List<String> stepsOnStatement(Api api, Card card, String purchaseId) {
        return lineOnStatement(api, card, purchaseId).getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("kind") + " " + amount(step, "amount"))
                .toList();
    }

    /** One purchase's line on the cardholder's statement. */
    static JsonObject lineOnStatement(Api api, Card card, String purchaseId) {
        JsonObject statement = Api.expect(api.statement(card), 200, "the statement").object();
        return statement.getJsonArray("settlements").getValuesAs(JsonObject.class).stream()
                .filter(line -> purchaseId.equals(line.getString("purchaseId")))
                .findFirst().orElseThrow(() -> new AssertionError("no line for the purchase on " + statement));
    }

    private static long amount(JsonObject holder, String field) {
        JsonValue value = holder.get(field);
        if (!(value instanceof JsonObject money) || !(money.get("currency") instanceof JsonString)) {
            throw new AssertionError(field + " is not money in " + holder);
        }
        return money.getJsonNumber("amount").longValue();
    }
}
