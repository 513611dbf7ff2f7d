package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuyFlowTest {

    private static final String[] ADDRESS = {"--name", "Ann Smith", "--street", "Main St 1", "--postal-code",
            "10115", "--city", "Berlin", "--country", "de"};

    private final FakeAnonpay fake = new FakeAnonpay();

    BuyFlowTest() throws IOException {
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ClientRun buy(String... extra) {
        String[] args = concat(new String[] {"buy", "--product", "3:2", "--card", FakeBodies.CARD,
                "--password-stdin"}, ADDRESS, extra);
        return ClientRun.withStdin(fake, FakeBodies.PASSWORD + "\n", args);
    }

    @Test
    void buysPaysAndShipsUntilTheMallShowsShippingAccepted() {
        ClientRun run = buy();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Bought 2 item(s): EUR 49.98, 12,000 cm3, 2,500 g")
                .contains(FakeAnonpay.PURCHASE_ID)
                .contains("Shipping with Example Shipping (shipping): fee EUR 4.90; total EUR 54.88.")
                .contains("Paying at Example Credit (credit) with card **** 7899")
                .contains("Password check: the password matched.")
                .contains("Payment approved: EUR 54.88 (goods EUR 49.98, shipping EUR 4.90).")
                .contains("The mall shows the purchase as PAID.")
                .contains("Giving the delivery address to Example Shipping (shipping)")
                .contains("Tracking number: " + FakeAnonpay.TRACKING_NUMBER + " (shipping fee EUR 4.90)")
                .contains("The mall shows the purchase as SHIPPING_ACCEPTED.");
        assertThat(run.all()).doesNotContain(FakeBodies.PASSWORD).doesNotContain("4000 0012")
                .doesNotContain("Ann Smith").doesNotContain("Main St");
    }

    @Test
    void sendsEachPartyOnlyWhatItMayKnow() {
        buy();

        JsonObject purchase = fake.requestsTo("/mall/api/purchases").get(0).json();
        assertThat(purchase.toString()).isEqualTo("{\"items\":[{\"productId\":3,\"quantity\":2}]}");
        assertThat(instructionsRequest("/payment-instructions").body())
                .isEqualTo("{\"company\":\"credit\",\"shippingCompany\":\"shipping\"}");
        JsonObject payment = fake.requestsTo("/credit/api/settlements").get(0).json();
        assertThat(payment.getString("cardNumber")).isEqualTo(FakeBodies.CARD);
        assertThat(payment.getString("password")).isEqualTo(FakeBodies.PASSWORD);
        assertThat(payment.getString("instructions")).startsWith("eyJ");
        JsonObject recipient = fake.requestsTo("/shipping/api/shipments").get(0).json().getJsonObject("recipient");
        assertThat(recipient.getString("name")).isEqualTo("Ann Smith");
        assertThat(recipient.getString("country")).isEqualTo("DE");
        assertThat(recipient.containsKey("phone")).isFalse();
        assertThat(fake.requestsTo("/mall/")).allSatisfy(request -> assertThat(request.body())
                .doesNotContain(FakeBodies.PASSWORD).doesNotContain("7899").doesNotContain("Ann Smith")
                .doesNotContain("Berlin"));
        assertThat(fake.requestsTo("/credit/")).allSatisfy(request -> assertThat(request.body())
                .doesNotContain("Tea pot").doesNotContain("Berlin"));
    }

    @Test
    void theShippingCompanyIsChosenBeforePayingAndTheParcelShipsWithIt() {
        ClientRun run = buy("--shipping", "shipping-2");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(instructionsRequest("/payment-instructions").json().getString("shippingCompany"))
                .isEqualTo("shipping-2");
        assertThat(instructionsRequest("/shipping-instructions").json().getString("company")).isEqualTo("shipping-2");
        int priced = run.out().indexOf("Shipping with Example Shipping (shipping-2): fee EUR 4.90; total EUR 54.88.");
        assertThat(priced).as(run.out()).isPositive().isLessThan(run.out().indexOf("Paying at"));
    }

    @Test
    void jsonModeWritesOneDocumentOnStdoutAndProgressOnStderr() {
        ClientRun run = buy("--json");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        JsonObject document = Json.createReader(new StringReader(run.out())).readObject();
        assertThat(document.getJsonObject("purchase").getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        assertThat(document.getJsonObject("payment").getString("outcome")).isEqualTo("APPROVED");
        assertThat(document.getJsonObject("shipment").getString("shippingId")).isEqualTo(FakeAnonpay.TRACKING_NUMBER);
        assertThat(document.getJsonObject("purchase").getJsonObject("total").getInt("amount")).isEqualTo(5488);
        assertThat(run.err()).contains("fee EUR 4.90; total EUR 54.88").contains("Payment approved")
                .contains("Tracking number");
        assertThat(run.all()).doesNotContain(FakeBodies.PASSWORD);
    }

    @Test
    void aPaymentDeclinedForBalanceEndsWithExitTwoOnceTheMallShowsIt() {
        fake.settlementAnswer(FakeBodies.declinedForBalance());

        ClientRun run = buy();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("Payment declined (INSUFFICIENT_BALANCE): Payment declined: the card's balance")
                .contains("The mall shows the purchase as PAYMENT_DECLINED.");
        assertThat(fake.requestsTo("/shipping/")).isEmpty();
        assertThat(fake.requestsTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID + "/shipping")).isEmpty();
    }

    @Test
    void aWrongPasswordIsReportedWithoutWaitingForTheMall() {
        fake.settlementAnswer(FakeBodies.wrongPassword());

        ClientRun run = buy();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("Password check: card number or password not recognised "
                + "(4 more wrong attempts lock the card).").contains("you may pay again");
        assertThat(fake.requestsTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID)).noneMatch(
                request -> request.method().equals("GET"));
    }

    @Test
    void givesUpWithExitThreeWhenTheMallDoesNotSeeThePaymentInTime() {
        fake.pollsToSeeResults(Integer.MAX_VALUE);

        ClientRun run = buy("--wait", "200ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.err()).contains("still shows the purchase as AWAITING_PAYMENT")
                .contains("continue step by step with its id: " + FakeAnonpay.PURCHASE_ID);
    }

    @Test
    void aServerFailureIsExitFour() {
        fake.override("POST /credit/api/settlements", 500,
                FakeBodies.problem("internal", "Internal error", 500, "see the log, ref 42"));

        ClientRun run = buy();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(run.err()).contains("HTTP 500 Internal error: see the log, ref 42");
    }

    @Test
    void aMallThatCannotBeReachedIsExitThree() {
        String mall = fake.mall();
        fake.close();

        ClientRun run = ClientRun.run("", "products", "--mall", mall);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.err()).contains("cannot connect to");
    }

    @Test
    void buyingNeedsSomethingToBuyBeforeAnythingIsSent() {
        ClientRun run = ClientRun.withStdin(fake, "pw\n",
                concat(new String[] {"buy", "--card", "4242", "--password-stdin"}, ADDRESS));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("choose what to buy");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void productNamesAreLookedUpInTheCatalog() {
        ClientRun run = ClientRun.withStdin(fake, "pw\n", concat(new String[] {"buy", "--product-name", "tea POT",
                "--product", "5:3", "--card", "4242", "--password-stdin"}, ADDRESS));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requestsTo("/mall/api/purchases").get(0).body())
                .isEqualTo("{\"items\":[{\"productId\":5,\"quantity\":3},{\"productId\":3,\"quantity\":1}]}");
    }

    private FakeAnonpay.Request instructionsRequest(String which) {
        List<FakeAnonpay.Request> sent = fake.requestsTo("/mall/api/purchases/" + FakeAnonpay.PURCHASE_ID + which);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
