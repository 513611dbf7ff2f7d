package io.anonpay.systemtests.client;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DemoCardholder;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.Buyer;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.SystemHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The anonymous purchase through the command-line client, against the whole running system. */
@ExtendWith(RunningSystem.class)
class ClientPurchaseIT {

    @Test
    void aBuyerPaysAndShipsAndTheMallShowsShippingAccepted(AnonpaySystem system) {
        DemoCardholder alice = system.runFile().cardholders().get(0);

        Buyer.Run run = new Buyer(system, alice.cardNumber(), alice.password())
                .buy("Teapot", alice.name(), "1 Example Street", "10115", "Berlin");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonObject payment = run.json().getJsonObject("payment");
        assertThat(payment.getString("passwordCheck")).as("claim 5: a password was given and compared")
                .isEqualTo("MATCHED");
        assertThat(run.err()).contains("Password check: the password matched.");
        JsonObject purchase = run.json().getJsonObject("purchase");
        assertThat(purchase.getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        String shippingId = run.json().getJsonObject("shipment").getString("shippingId");
        JsonObject atTheMall = SystemHttp.purchase(system, purchase.getString("purchaseId"));
        assertThat(atTheMall.getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        assertThat(atTheMall.getString("shippingId")).isEqualTo(shippingId);
        assertThat(run.err()).doesNotContain(alice.password()).doesNotContain(alice.cardNumber());
    }

    @Test
    void aPaymentOverTheCreditLimitIsDeclinedChargesNothingAndTheMallSaysSo(AnonpaySystem system) {
        DemoCardholder bob = system.runFile().cardholders().get(1);

        String twoTrays = SystemHttp.productId(system, "Tray") + ":2";

        Buyer.Run run = new Buyer(system, bob.cardNumber(), bob.password())
                .buy(twoTrays, bob.name(), "2 Example Street", "10115", "Berlin");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).containsIgnoringCase("declined").contains("Password check: the password matched.");
        String purchaseId = SystemHttp.purchaseIdIn(run.err());
        assertThat(SystemHttp.awaitStatus(system, purchaseId, "PAYMENT_DECLINED").getString("declineReason"))
                .isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(SystemHttp.creditBalance(system, bob)).as("Bob's 50.00 EUR credit is untouched").isEqualTo(5_000);
    }

    @Test
    void theStepsCanAlsoBeTakenOneByOne(AnonpaySystem system) {
        DemoCardholder carol = system.runFile().cardholders().get(2);
        Buyer buyer = new Buyer(system, carol.cardNumber(), carol.password());

        Buyer.Run created = buyer.run("purchase", "create", "--product-name", "Kettle");
        assertThat(created.exit()).as(created.toString()).isZero();
        String purchaseId = created.json().getString("purchaseId");
        Buyer.Run paid = buyer.run("pay", purchaseId, "--card", carol.cardNumber(), "--password-stdin", "--wait", "90s");
        Buyer.Run shipped = buyer.run("ship", purchaseId, "--name", carol.name(), "--street", "3 Example Street",
                "--postal-code", "20095", "--city", "Hamburg", "--country", "DE", "--wait", "90s");
        Buyer.Run shown = buyer.run("purchase", "show", purchaseId);

        assertThat(paid.exit()).as(paid.toString()).isZero();
        assertThat(shipped.exit()).as(shipped.toString()).isZero();
        assertThat(shown.json().getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        assertThat(SystemHttp.purchase(system, purchaseId).getString("status")).isEqualTo("SHIPPING_ACCEPTED");
    }
}
