package io.anonpay.mall.purchase;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.CreditQueue;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A purchase at the mall, deployed for real, with the test playing the credit and shipping companies: sums and
 * volumes, sealed identifiers, signed instructions, and results applied by the message-driven beans exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class PurchaseIT {

    private static final Duration PATIENCE = TestMall.PATIENCE;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private TestMall shop() {
        return new TestMall(URI.create(base.toString()));
    }

    private Http mall() {
        return shop().http();
    }

    private long product(long price, int l, int w, int h, int grams) {
        return shop().product(price, l, w, h, grams);
    }

    private JsonObject buy(long productId, int quantity) {
        return shop().buy(productId, quantity);
    }

    private JsonObject purchase(String purchaseId) {
        return shop().purchase(purchaseId);
    }

    private JsonObject awaitStatus(String purchaseId, String status) {
        return shop().awaitStatus(purchaseId, status);
    }

    private SignedContracts verifierFor(String party) {
        return shop().verifierFor(party);
    }

    @Test
    void mallComputesSumAndVolumeAndSealsWhatWasBought() {
        long teapot = product(2_499, 30, 20, 10, 1_500);
        long kettle = product(3_000, 25, 25, 30, 1_200);

        Http.Reply bought = mall().post("api/purchases", """
                {"items":[{"productId":%d,"quantity":2},{"productId":%d,"quantity":1}]}""".formatted(teapot, kettle));

        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        JsonObject purchase = bought.json().asJsonObject();
        assertThat(purchase.getString("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(purchase.getJsonObject("paymentSum").getJsonNumber("amount").longValue()).isEqualTo(7_998);
        assertThat(purchase.getJsonObject("shippingVolume").getJsonNumber("cubicCentimeters").longValue()).isEqualTo(30_750);
        assertThat(purchase.getJsonObject("shippingVolume").getJsonNumber("dimensionalWeightGrams").longValue()).isEqualTo(6_150);
        assertThat(purchase.getString("purchaseId")).startsWith("v1.").doesNotContain("Item");
        JsonObject readBack = purchase(purchase.getString("purchaseId"));
        assertThat(readBack.getString("createdAt")).as("one spelling of one instant")
                .isEqualTo(purchase.getString("createdAt"));
        assertThat(readBack.getString("payableUntil")).isEqualTo(purchase.getString("payableUntil"));
    }

    @Test
    void twoPurchasesOfTheSameProductCannotBeLinked() {
        long teapot = product(100, 10, 10, 10, 100);

        String first = buy(teapot, 1).getString("purchaseId");
        String second = buy(teapot, 1).getString("purchaseId");

        assertThat(first).isNotEqualTo(second).hasSameSizeAs(second);
        assertThat(purchase(first).getString("status")).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void badPurchasesAreProblemsThatChangeNothing() {
        assertThat(mall().post("api/purchases", "{\"items\":[{\"productId\":999999999,\"quantity\":1}]}").status()).isEqualTo(404);
        long teapot = product(100, 10, 10, 10, 100);
        for (String body : new String[]{"{\"items\":[]}", "{\"items\":[{\"productId\":%d,\"quantity\":0}]}".formatted(teapot),
                "{\"items\":[{\"productId\":%d,\"quantity\":-1}]}".formatted(teapot),
                "{\"items\":[{\"productId\":%d,\"quantity\":100000}]}".formatted(teapot), "{\"items\":\"many\"}", "[]"}) {
            Http.Reply reply = mall().post("api/purchases", body);
            assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        }
        assertThat(mall().get("api/purchases/v1.nothing.here").status()).isEqualTo(404);
    }

    @Test
    void paymentInstructionsAreSignedForTheDesignatedCreditCompanyOnly() {
        JsonObject purchase = buy(product(1_250, 10, 10, 10, 100), 2);
        String purchaseId = purchase.getString("purchaseId");

        Http.Reply issued = shop().designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String token = issued.json().asJsonObject().getString("instructions");
        PaymentInstructions instructions = verifierFor(TestParties.CREDIT).verifyPaymentInstructions(token);
        assertThat(instructions.purchaseId()).isEqualTo(purchaseId);
        assertThat(instructions.paymentSum()).isEqualTo(new Money(2_500, "EUR"));
        assertThat(instructions.creditCompany()).isEqualTo("credit");
        assertThat(instructions.shippingFee()).isEqualTo(TestParties.TARIFF.fee(new ShippingVolume(2_000)));
        assertThat(instructions.tariffVersion()).isEqualTo(TestParties.TARIFF.version());
        assertThat(issued.json().asJsonObject().getString("page")).startsWith("http://127.0.0.1:").contains("/credit/pay.html?instructions=");
        assertThat(shop().designate(purchaseId, "nobody", TestParties.SHIPPING).status()).isEqualTo(400);
    }

    @Test
    void settlementResultIsAppliedOnceEvenWhenDeliveredTwice() {
        JsonObject purchase = buy(product(990, 10, 10, 10, 100), 1);
        String purchaseId = purchase.getString("purchaseId");
        shop().designateCompanies(purchaseId);
        String settlementId = "v1.sealed-name-" + UUID.randomUUID();
        String result = TestMall.approval(purchaseId, settlementId, 990);

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, result);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, result);

        JsonObject paid = awaitStatus(purchaseId, "PAID");
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("settlementId")).isEqualTo(settlementId);
        TestMall.sleep(1_000);
        assertThat(purchase(purchaseId).getString("status")).isEqualTo("PAID");
        assertThat(BrokerClient.find("DLQ." + Queues.SETTLEMENT_RESULTS, result::equals, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void forgedWrongSumAndWrongRoleResultsAreDeadLetteredAndChangeNothing() {
        String purchaseId = buy(product(500, 10, 10, 10, 100), 1).getString("purchaseId");
        String forged = TestMall.as(TestParties.CREDIT, KeyRing.generate(new SecureRandom())).sign(
                SettlementResult.approved(purchaseId, "v1.forged", new Money(500, "EUR"), TestParties.CREDIT),
                "mall", Duration.ofDays(7));
        String wrongSum = TestMall.approval(purchaseId, "v1.cheap", 1);

        String fromAShippingCompany = TestMall.as(TestParties.SHIPPING, TestParties.keys(TestParties.SHIPPING)).sign(
                SettlementResult.approved(purchaseId, "v1.shipper", new Money(500, "EUR"), TestParties.SHIPPING),
                "mall", Duration.ofDays(7));

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, forged);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, wrongSum);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, fromAShippingCompany);

        assertDeadLetteredAtOnce(forged, "signature-");
        assertDeadLetteredAtOnce(fromAShippingCompany, "signature-");
        assertDeadLetteredAtOnce(wrongSum, "carries another sum than the purchase");
        assertThat(purchase(purchaseId).getString("status")).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void noOtherCreditCompanyIsDesignatedWhileAPaymentMayBePendingAndAnotherOnesApprovalIsVoidedThere() {
        String purchaseId = buy(product(800, 10, 10, 10, 100), 1).getString("purchaseId");
        assertThat(shop().designate(purchaseId, TestParties.CREDIT).status()).isEqualTo(200);

        Http.Reply switched = shop().designate(purchaseId, TestParties.OTHER_CREDIT);
        assertThat(switched.status()).as(switched.toString()).isEqualTo(409);
        assertThat(switched.json().asJsonObject().getString("type")).endsWith("/payment-pending");
        assertThat(shop().designate(purchaseId, TestParties.CREDIT).status()).as("the same company again")
                .isEqualTo(200);

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, TestMall.decline(purchaseId, 800));
        assertThat(awaitStatus(purchaseId, "PAYMENT_DECLINED").getString("status")).isEqualTo("PAYMENT_DECLINED");
        Http.Reply afterTheDecline = shop().designate(purchaseId, TestParties.OTHER_CREDIT);
        assertThat(afterTheDecline.status()).as(afterTheDecline.toString()).isEqualTo(200);

        CreditQueue formerCompany = new CreditQueue(shop(), TestParties.CREDIT);
        String fromTheFormerCompany = TestMall.approval(purchaseId, "v1.late-" + UUID.randomUUID(), 800);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, fromTheFormerCompany);
        PaymentRequest voided = formerCompany.awaitNext(purchaseId);
        assertThat(voided.action()).as("the money held there is released").isEqualTo(PaymentRequest.Action.VOID);
        assertThat(voided.amount()).isEqualTo(new Money(800, "EUR"));
        JsonObject after = purchase(purchaseId);
        assertThat(after.getString("status")).isEqualTo("PAYMENT_DECLINED");
        assertThat(after.get("payment")).as("the purchase took no payment").isIn(null, JsonValue.NULL);
        assertThat(BrokerClient.find("DLQ." + Queues.SETTLEMENT_RESULTS, fromTheFormerCompany::equals,
                Duration.ofSeconds(1))).isEmpty();
    }

    /** Refused for good: dead-lettered on the first attempt, with the mall's reason. */
    private static void assertDeadLetteredAtOnce(String message, String reason) {
        BrokerClient.Letter dead = BrokerClient.findLetter("DLQ." + Queues.SETTLEMENT_RESULTS, message::equals, PATIENCE)
                .orElseThrow(() -> new AssertionError("not dead-lettered: " + message));
        assertThat(dead.properties()).containsEntry("anonpayAttempt", 1);
        assertThat((String) dead.properties().get("dlqDeliveryFailureCause")).contains(reason);
    }

    @Test
    void shippingFollowsPaymentAndTheReceiptCompletesThePurchase() {
        String purchaseId = buy(product(700, 40, 30, 20, 2_000), 1).getString("purchaseId");
        String shipUrl = "api/purchases/" + TestMall.encode(purchaseId) + "/shipping-instructions";

        Http.Reply tooEarly = mall().post(shipUrl, "{\"company\":\"shipping\"}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        shop().designateCompanies(purchaseId);

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, TestMall.approval(purchaseId, "v1.settled", 700));
        assertThat(awaitStatus(purchaseId, "PAID").getString("status")).isEqualTo("PAID");

        Http.Reply issued = mall().post(shipUrl, "{\"company\":\"shipping\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        ShippingInstructions instructions = verifierFor(TestParties.SHIPPING)
                .verifyShippingInstructions(issued.json().asJsonObject().getString("instructions"));
        assertThat(instructions.shippingVolume().cubicCentimeters()).isEqualTo(24_000);
        assertThat(instructions.creditCompany()).isEqualTo(TestParties.CREDIT);
        assertThat(instructions.shippingFee()).as("fixed when the buyer designated shipping with the payment")
                .isEqualTo(TestParties.TARIFF.fee(new ShippingVolume(24_000)));

        BrokerClient.send(Queues.SHIPPING_RECEIPTS, TestMall.as(TestParties.SHIPPING, TestParties.keys(TestParties.SHIPPING)).sign(
                new ShippingReceipt(purchaseId, "AP1234567897", ShipmentStatus.ACCEPTED, TestParties.SHIPPING),
                "mall", Duration.ofDays(7)));
        JsonObject shipped = awaitStatus(purchaseId, "SHIPPING_ACCEPTED");
        assertThat(shipped.getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        assertThat(shipped.getString("shippingId")).isEqualTo("AP1234567897");

        Http.Reply packing = mall().asOperator().get("api/operator/packing-list");
        assertThat(packing.status()).isEqualTo(200);
        assertThat(packing.body()).contains("AP1234567897").contains("\"quantity\":1");
        assertThat(mall().get("api/operator/packing-list").status()).isEqualTo(401);
    }
}
