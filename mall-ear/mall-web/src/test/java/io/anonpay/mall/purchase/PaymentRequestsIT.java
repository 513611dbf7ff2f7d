package io.anonpay.mall.purchase;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.CreditQueue;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the mall asks of the credit company that holds a purchase's money, deployed for real, with the test playing
 * the credit and shipping companies: each request reaches that company's own queue through the mall's outbox,
 * signed and addressed to it, at the moment the rules say, once; and the company's updates apply once.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRequestsIT {

    private static final String DEAD_UPDATES = "DLQ." + Queues.PAYMENT_UPDATES;
    /** Long enough for a second request, had one been made, to pass the outbox relay (it sweeps every second). */
    private static final Duration NOTHING_MORE = Duration.ofSeconds(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private TestMall mall() {
        return new TestMall(URI.create(base.toString()));
    }

    @Test
    void theFirstReceiptCapturesTheWholeSumOnceAndTheCaptureIsAppliedOnce() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(1_300);
        assertThat(mall.payment(purchaseId).getString("state")).isEqualTo("AUTHORIZED");

        mall.ship(purchaseId, "AP1000000001", ShipmentStatus.ACCEPTED);
        BrokerClient.send(Queues.SHIPPING_RECEIPTS, TestMall.receipt(purchaseId, "AP1000000001", ShipmentStatus.ACCEPTED));
        BrokerClient.send(Queues.SHIPPING_RECEIPTS, TestMall.receipt(purchaseId, "AP1000000001", ShipmentStatus.SHIPPED));

        PaymentRequest capture = credit.awaitNext(purchaseId);
        assertThat(capture.action()).isEqualTo(Action.CAPTURE);
        assertThat(capture.amount()).isEqualTo(new Money(1_300, "EUR"));
        assertThat(mall.awaitStatus(purchaseId, "IN_TRANSIT").getString("status")).isEqualTo("IN_TRANSIT");
        assertThat(credit.await(purchaseId, 2, NOTHING_MORE)).as("one capture, whatever the receipts").hasSize(1);

        String captured = TestMall.applied(capture, PaymentState.CAPTURED, 1_300, 0);
        BrokerClient.send(Queues.PAYMENT_UPDATES, captured);
        BrokerClient.send(Queues.PAYMENT_UPDATES, captured);

        JsonObject payment = mall.awaitPayment(purchaseId, "CAPTURED").getJsonObject("payment");
        assertThat(payment.getJsonObject("captured").getInt("amount")).isEqualTo(1_300);
        assertThat(payment.getJsonObject("authorized").getInt("amount")).isEqualTo(1_300);
        assertThat(payment.getJsonObject("refunded").getInt("amount")).isZero();
        assertThat(payment.getJsonArray("requests")).singleElement().satisfies(request -> {
            assertThat(request.asJsonObject().getString("action")).isEqualTo("CAPTURE");
            assertThat(request.asJsonObject().getString("status")).isEqualTo("APPLIED");
        });
        TestMall.sleep(1_000);
        assertThat(mall.operatorRequests(purchaseId)).hasSize(1);
        assertThat(BrokerClient.find(DEAD_UPDATES, captured::equals, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aCancellationVoidsTheHeldSumAndTheVoidIsMirrored() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(1_400);

        Http.Reply cancelled = cancel(mall, purchaseId);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
        Http.Reply again = cancel(mall, purchaseId);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.object().getString("status")).isEqualTo("CANCELLED");

        PaymentRequest voided = credit.awaitNext(purchaseId);
        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(voided.amount()).isEqualTo(new Money(1_400, "EUR"));
        assertThat(credit.await(purchaseId, 2, NOTHING_MORE)).as("cancelled twice, voided once").hasSize(1);

        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(voided, PaymentState.VOIDED, 0, 0));
        assertThat(mall.awaitPayment(purchaseId, "VOIDED").getString("status")).isEqualTo("CANCELLED");
        assertThat(mall.operatorRequests(purchaseId)).singleElement().satisfies(request -> {
            assertThat(request.asJsonObject().getString("requestedBy")).isEqualTo("BUYER");
            assertThat(request.asJsonObject().getString("status")).isEqualTo("APPLIED");
        });
        assertThat(mall.http().post("api/purchases/" + TestMall.encode(purchaseId) + "/shipping-instructions",
                "{\"company\":\"shipping\"}").status()).isEqualTo(409);
    }

    @Test
    void anApprovalAfterACancellationIsVoided() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.buy(mall.product(1_500, 10, 10, 10, 100), 1).getString("purchaseId");
        mall.designateCompanies(purchaseId);
        Http.Reply cancelled = mall.http().asOperator().send("POST",
                "api/operator/purchases/" + TestMall.encode(purchaseId) + "/cancellation", null, null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(mall.operatorRequests(purchaseId)).as("nothing held, nothing to void").isEmpty();

        String late = TestMall.approval(purchaseId, "v1.late-" + UUID.randomUUID(), 1_500);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, late);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, late);

        PaymentRequest voided = credit.awaitNext(purchaseId);
        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(voided.amount()).isEqualTo(new Money(1_500, "EUR"));
        assertThat(credit.await(purchaseId, 2, NOTHING_MORE)).hasSize(1);
        JsonObject purchase = mall.purchase(purchaseId);
        assertThat(purchase.getString("status")).isEqualTo("CANCELLED");
        assertThat(purchase.getJsonObject("payment").getString("state")).isEqualTo("AUTHORIZED");
        assertThat(BrokerClient.find("DLQ." + Queues.SETTLEMENT_RESULTS, late::equals, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void anApprovalFromACompanyNotDesignatedIsVoidedThereAndThePurchaseKeepsItsOwnPayment() {
        TestMall mall = mall();
        CreditQueue other = new CreditQueue(mall, TestParties.OTHER_CREDIT);
        String purchaseId = mall.paid(1_600);
        String elsewhere = TestMall.as(TestParties.OTHER_CREDIT, TestParties.keys(TestParties.OTHER_CREDIT)).sign(
                SettlementResult.approved(purchaseId, "v1.elsewhere", new Money(1_600, "EUR"), TestParties.OTHER_CREDIT),
                "mall", Duration.ofDays(7));

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, elsewhere);

        PaymentRequest voided = other.awaitNext(purchaseId);
        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(voided.creditCompany()).isEqualTo(TestParties.OTHER_CREDIT);
        assertThat(voided.amount()).isEqualTo(new Money(1_600, "EUR"));
        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(voided, PaymentState.VOIDED, 0, 0));
        JsonArray requests = awaitAnswered(mall, purchaseId, 1);
        assertThat(requests.getJsonObject(0).getString("creditCompany")).isEqualTo(TestParties.OTHER_CREDIT);
        JsonObject purchase = mall.purchase(purchaseId);
        assertThat(purchase.getString("status")).isEqualTo("PAID");
        assertThat(purchase.getString("creditCompany")).isEqualTo(TestParties.CREDIT);
        assertThat(purchase.getJsonObject("payment").getString("state")).as("its own payment").isEqualTo("AUTHORIZED");
    }

    @Test
    void aRefundIsSentOnlyOnceTheCaptureIsConfirmedAndWithoutItsReason() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(2_000);
        mall.ship(purchaseId, "AP1000000002", ShipmentStatus.ACCEPTED);
        PaymentRequest capture = credit.awaitNext(purchaseId);
        String refunds = "api/operator/purchases/" + TestMall.encode(purchaseId) + "/refunds";
        String body = "{\"amount\":{\"amount\":500,\"currency\":\"EUR\"},\"reason\":\"lid scratched in the photo\"}";

        Http.Reply tooEarly = mall.http().asOperator().post(refunds, body);
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.object().getString("type")).endsWith("/not-captured");

        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(capture, PaymentState.CAPTURED, 2_000, 0));
        mall.awaitPayment(purchaseId, "CAPTURED");
        Http.Reply accepted = mall.http().asOperator().post(refunds, body);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonObject answer = accepted.object();
        assertThat(answer.getString("action")).isEqualTo("REFUND");
        assertThat(answer.getString("status")).isEqualTo("REQUESTED");
        assertThat(answer.getJsonObject("amount").getInt("amount")).isEqualTo(500);

        CreditQueue.Sent refund = credit.await(purchaseId, 2, TestMall.PATIENCE).get(1);
        assertThat(refund.request().action()).isEqualTo(Action.REFUND);
        assertThat(refund.request().requestId()).isEqualTo(answer.getString("requestId"));
        assertThat(refund.request().amount()).isEqualTo(new Money(500, "EUR"));
        assertThat(payloadOf(refund.text())).doesNotContain("scratched");
        assertThat(mall.purchase(purchaseId).toString()).as("the buyer's view").doesNotContain("scratched");
        assertThat(mall.operatorRequests(purchaseId).getJsonObject(1).getString("reason"))
                .isEqualTo("lid scratched in the photo");

        BrokerClient.send(Queues.PAYMENT_UPDATES,
                TestMall.applied(refund.request(), PaymentState.PARTIALLY_REFUNDED, 2_000, 500));
        JsonObject payment = mall.awaitPayment(purchaseId, "PARTIALLY_REFUNDED").getJsonObject("payment");
        assertThat(payment.getJsonObject("refunded").getInt("amount")).isEqualTo(500);
    }

    @Test
    void aReturnedParcelIsRefundedInFullOnceItsCaptureIsConfirmed() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(2_100);

        mall.ship(purchaseId, "AP1000000003", ShipmentStatus.RETURNED);

        PaymentRequest capture = credit.awaitNext(purchaseId);
        assertThat(capture.action()).isEqualTo(Action.CAPTURE);
        assertThat(credit.await(purchaseId, 2, NOTHING_MORE)).as("no refund before the capture is confirmed")
                .hasSize(1);
        assertThat(mall.purchase(purchaseId).getString("status")).isEqualTo("RETURNED");

        String captured = TestMall.applied(capture, PaymentState.CAPTURED, 2_100, 0);
        BrokerClient.send(Queues.PAYMENT_UPDATES, captured);

        PaymentRequest refund = credit.awaitNext(purchaseId);
        assertThat(refund.action()).isEqualTo(Action.REFUND);
        assertThat(refund.amount()).isEqualTo(new Money(2_100, "EUR"));
        BrokerClient.send(Queues.PAYMENT_UPDATES, captured);
        assertThat(credit.await(purchaseId, 3, NOTHING_MORE)).as("the capture confirmed again").hasSize(2);
        assertThat(mall.operatorRequests(purchaseId).getJsonObject(1).getString("requestedBy")).isEqualTo("AUTOMATIC");
    }

    @Test
    void anExpiryEndsTheHoldAndThePurchaseLeavesThePackingList() {
        TestMall mall = mall();
        String purchaseId = mall.paid(2_200);
        assertThat(mall.http().asOperator().get("api/operator/packing-list").body()).contains(purchaseId);

        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.update(TestParties.CREDIT, new PaymentUpdate(purchaseId,
                null, PaymentUpdate.Event.EXPIRED, new Money(2_200, "EUR"), new Money(0, "EUR"), new Money(0, "EUR"),
                PaymentState.EXPIRED, null, TestParties.CREDIT)));

        assertThat(mall.awaitPayment(purchaseId, "EXPIRED").getString("status")).isEqualTo("PAID");
        assertThat(mall.http().asOperator().get("api/operator/packing-list").body()).doesNotContain(purchaseId);
    }

    @Test
    void forgedMisaddressedAndUnknownUpdatesAreDeadLetteredAndChangeNothing() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(2_300);
        mall.ship(purchaseId, "AP1000000004", ShipmentStatus.ACCEPTED);
        PaymentRequest capture = credit.awaitNext(purchaseId);
        PaymentUpdate captured = new PaymentUpdate(purchaseId, capture.requestId(), PaymentUpdate.Event.CAPTURED,
                capture.amount(), capture.amount(), new Money(0, "EUR"), PaymentState.CAPTURED, null, TestParties.CREDIT);

        String forged = TestMall.as(TestParties.CREDIT, KeyRing.generate(new SecureRandom()))
                .sign(captured, "mall", Duration.ofDays(7));
        String fromAnotherCompany = TestMall.update(TestParties.OTHER_CREDIT, new PaymentUpdate(purchaseId,
                capture.requestId(), PaymentUpdate.Event.CAPTURED, capture.amount(), capture.amount(),
                new Money(0, "EUR"), PaymentState.CAPTURED, null, TestParties.OTHER_CREDIT));
        String unknownRequest = TestMall.update(TestParties.CREDIT, new PaymentUpdate(purchaseId,
                "no-such-request-" + UUID.randomUUID(), PaymentUpdate.Event.CAPTURED, capture.amount(),
                capture.amount(), new Money(0, "EUR"), PaymentState.CAPTURED, null, TestParties.CREDIT));
        String fromAShippingCompany = TestMall.as(TestParties.SHIPPING, TestParties.keys(TestParties.SHIPPING)).sign(
                new PaymentUpdate(purchaseId, capture.requestId(), PaymentUpdate.Event.CAPTURED, capture.amount(),
                        capture.amount(), new Money(0, "EUR"), PaymentState.CAPTURED, null, TestParties.SHIPPING),
                "mall", Duration.ofDays(7));
        for (String update : new String[]{forged, fromAnotherCompany, unknownRequest, fromAShippingCompany}) {
            BrokerClient.send(Queues.PAYMENT_UPDATES, update);
        }

        assertDeadLetteredAtOnce(forged, "signature-");
        assertDeadLetteredAtOnce(fromAShippingCompany, "signature-");
        assertDeadLetteredAtOnce(fromAnotherCompany, "which went to credit");
        assertDeadLetteredAtOnce(unknownRequest, "no request");
        assertThat(mall.payment(purchaseId).getString("state")).isEqualTo("AUTHORIZED");
        assertThat(mall.operatorRequests(purchaseId).getJsonObject(0).getString("status")).isEqualTo("REQUESTED");
        Http.Reply deadLetters = mall.http().asOperator().get("api/operator/dead-letters");
        assertThat(deadLetters.body()).contains("\"queue\":\"payment-updates\"");
    }

    private static Http.Reply cancel(TestMall mall, String purchaseId) {
        return mall.http().send("POST", "api/purchases/" + TestMall.encode(purchaseId) + "/cancellation", null, null);
    }

    /** The operator's list once {@code count} requests are answered. */
    private static JsonArray awaitAnswered(TestMall mall, String purchaseId, int count) {
        for (int round = 0; round < 300; round++) {
            JsonArray requests = mall.operatorRequests(purchaseId);
            if (requests.stream().filter(r -> !r.asJsonObject().getString("status").equals("REQUESTED")).count() >= count) {
                return requests;
            }
            TestMall.sleep(200);
        }
        throw new AssertionError("requests not answered: " + mall.operatorRequests(purchaseId));
    }

    private static String payloadOf(String jws) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static void assertDeadLetteredAtOnce(String message, String reason) {
        BrokerClient.Letter dead = BrokerClient.findLetter(DEAD_UPDATES, message::equals, TestMall.PATIENCE)
                .orElseThrow(() -> new AssertionError("not dead-lettered: " + message));
        assertThat(dead.properties()).containsEntry("anonpayAttempt", 1);
        assertThat((String) dead.properties().get("dlqDeliveryFailureCause")).contains(reason);
    }
}
