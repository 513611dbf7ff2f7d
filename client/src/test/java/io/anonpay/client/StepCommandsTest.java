package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The separate steps: products, companies, purchase create/show, pay, ship, track. */
class StepCommandsTest {

    private final FakeAnonpay fake = new FakeAnonpay();

    StepCommandsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void listsProductsAsATable() {
        ClientRun run = ClientRun.against(fake, "products");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "ID  NAME         PRICE  SIZE (cm)      WEIGHT",
                " 3  Tea pot  EUR 24.99  20 x 15 x 20  1,250 g",
                " 5  Tea cup   EUR 4.50  10 x 10 x 8     200 g");
    }

    @Test
    void listsCompaniesAndSaysWhichTheMallCannotReach() {
        ClientRun run = ClientRun.against(fake, "companies");

        assertThat(run.out()).contains("Credit companies (--credit):").contains("credit    Example Credit")
                .contains("site not reachable by the mall");
    }

    @Test
    void createsAndShowsAPurchase() {
        ClientRun created = ClientRun.against(fake, "purchase", "create", "--product", "3:2");
        ClientRun shown = ClientRun.against(fake, "--json", "purchase", "show", FakeAnonpay.PURCHASE_ID);

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Next: anonpay-client pay " + FakeAnonpay.PURCHASE_ID);
        JsonObject purchase = Json.createReader(new StringReader(shown.out())).readObject();
        assertThat(purchase.getString("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(fake.requests().get(1).path()).isEqualTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID);
    }

    @Test
    void paysThenShipsThenTracks() {
        ClientRun paid = ClientRun.against(fake, "pay", FakeAnonpay.PURCHASE_ID, "--credit", "credit", "--card",
                FakeBodies.CARD, "--password", FakeBodies.PASSWORD);
        ClientRun shipped = ClientRun.against(fake, "ship", FakeAnonpay.PURCHASE_ID, "--name", "Ann", "--street",
                "Main St 1", "--postal-code", "10115", "--city", "Berlin", "--country", "DE", "--phone", "+49 30 1");
        ClientRun tracked = ClientRun.against(fake, "track", FakeAnonpay.TRACKING_NUMBER);

        assertThat(paid.exitCode()).as(paid.all()).isZero();
        assertThat(paid.out()).contains("Shipping with Example Shipping (shipping): fee EUR 4.90; total EUR 54.88.");
        assertThat(shipped.exitCode()).as(shipped.all()).isZero();
        assertThat(fake.requestsTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID + "/shipping-instructions").get(0)
                .json().getString("company")).as("the one designated with the payment").isEqualTo("shipping");
        assertThat(fake.requestsTo("/shipping/api/shipments").get(0).json().getJsonObject("recipient")
                .getString("phone")).isEqualTo("+49 30 1");
        assertThat(tracked.out()).contains("Status:          IN_TRANSIT since 2025-01-01T13:00:00Z")
                .contains("Shipping fee:    EUR 4.90");
    }

    @Test
    void shippingAnUnpaidPurchaseIsRefusedWithTheMallsReason() {
        ClientRun run = ClientRun.against(fake, "--json", "ship", FakeAnonpay.PURCHASE_ID, "--shipping", "shipping",
                "--name", "Ann", "--street", "Main St 1", "--postal-code", "10115", "--city", "Berlin",
                "--country", "DE");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("HTTP 409 Conflict: a purchase is shipped once it is paid");
        JsonObject error = Json.createReader(new StringReader(run.out())).readObject().getJsonObject("error");
        assertThat(error.getInt("exitCode")).isEqualTo(2);
        assertThat(error.getJsonObject("problem").getString("type")).endsWith("/not-paid");
    }

    @Test
    void aPaidPurchaseShipsOnlyWithTheCompanyItsFeeWasPaidFor() {
        fake.status("PAID").pricedFor("shipping");
        ClientRun run = ClientRun.against(fake, "ship", FakeAnonpay.PURCHASE_ID, "--shipping", "shipping-2",
                "--name", "Ann", "--street", "Main St 1", "--postal-code", "10115", "--city", "Berlin",
                "--country", "DE");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("HTTP 409 Conflict: this purchase was paid for shipping by shipping")
                .contains("not shipping-2");
        assertThat(fake.requestsTo("/shipping/")).isEmpty();
    }

    @Test
    void showsTheShippingFeeAndTheTotalOnceTheShippingCompanyIsChosen() {
        ClientRun before = ClientRun.against(fake, "purchase", "show", FakeAnonpay.PURCHASE_ID);
        fake.pricedFor("shipping");
        ClientRun after = ClientRun.against(fake, "purchase", "show", FakeAnonpay.PURCHASE_ID);

        assertThat(before.out()).doesNotContain("Shipping fee:").doesNotContain("Total:");
        assertThat(after.out()).contains("Sum:          EUR 49.98")
                .contains("Shipping fee: EUR 4.90 (tariff " + FakeBodies.TARIFF_VERSION + ")")
                .contains("Total:        EUR 54.88")
                .contains("Shipping:     shipping");
    }

    @Test
    void aParcelTheShippingCompanyDoesNotCarryIsNotPaid() {
        fake.override("POST /mall/api/purchases/" + FakeAnonpay.PURCHASE_ID + "/payment-instructions", 422,
                FakeBodies.problem("volume-exceeds-tariff", "Parcel too large", 422,
                        "shipping carries parcels of up to 2000000 cm³"));
        ClientRun run = ClientRun.against(fake, "pay", FakeAnonpay.PURCHASE_ID, "--card", FakeBodies.CARD,
                "--password", FakeBodies.PASSWORD);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("HTTP 422 Parcel too large: shipping carries parcels of up to 2000000 cm³");
        assertThat(fake.requestsTo("/credit/")).as("nothing paid").isEmpty();
    }

    @Test
    void cancelsAPaidPurchaseAndSaysTheHoldIsReleased() {
        fake.status("PAID");
        ClientRun run = ClientRun.against(fake, "cancel", FakeAnonpay.PURCHASE_ID);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(fake.requestsTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID + "/cancellation"))
                .extracting(FakeAnonpay.Request::method).containsExactly("POST");
        assertThat(run.out()).contains("Status:       CANCELLED - cancelled; money held on the card is released")
                .contains("Payment:      VOIDED - released, nothing charged");
    }

    @Test
    void cancellingAShippedPurchaseIsRefusedWithTheMallsReason() {
        fake.status("SHIPPING_ACCEPTED");
        ClientRun run = ClientRun.against(fake, "--json", "cancel", FakeAnonpay.PURCHASE_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("HTTP 409 Conflict: the parcel is with the shipping company");
        JsonObject error = Json.createReader(new StringReader(run.out())).readObject().getJsonObject("error");
        assertThat(error.getJsonObject("problem").getString("type")).endsWith("/already-shipped");
    }

    @Test
    void showsWhatWasChargedForAShippedPurchase() {
        fake.status("SHIPPING_ACCEPTED");
        ClientRun run = ClientRun.against(fake, "purchase", "show", FakeAnonpay.PURCHASE_ID);

        assertThat(run.out()).contains("Payment:      CAPTURED - charged (captured EUR 49.98)");
    }

    @Test
    void anUnknownCompanyIsNamedWithTheOnesTheMallLists() {
        ClientRun run = ClientRun.against(fake, "track", FakeAnonpay.TRACKING_NUMBER, "--shipping", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("does not deal with a shipping company 'nope'; it lists: shipping, shipping-2");
    }

    @Test
    void everyCommandHasHelpWithAnExampleAndTheExitCodes() {
        for (String[] command : new String[][] {{}, {"products"}, {"companies"}, {"buy"}, {"purchase"},
                {"purchase", "create"}, {"purchase", "show"}, {"pay"}, {"ship"}, {"track"}}) {
            ClientRun run = ClientRun.run("", BuyFlowTest.concat(command, new String[] {"--help"}));

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: anonpay-client").containsPattern("Examples?:")
                    .contains("Exit codes:").contains("2   refused");
        }
    }
}
