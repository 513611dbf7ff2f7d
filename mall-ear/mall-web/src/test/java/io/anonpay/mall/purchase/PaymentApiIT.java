package io.anonpay.mall.purchase;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.CreditQueue;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's and the operator's payment API, deployed for real: every bad request is a problem+json with a stable
 * type, and changes neither the purchase nor what the mall asked of the credit company.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentApiIT {

    private static final String UNKNOWN = "v1.no-such-purchase";

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
    void anUnknownPurchaseIsNotFoundEverywhere() {
        Http mall = mall().http();
        String refund = "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"why\"}";

        assertProblem(mall.send("POST", "api/purchases/" + UNKNOWN + "/cancellation", null, null), 404,
                "purchase-not-found");
        assertProblem(mall.asOperator().send("POST", "api/operator/purchases/" + UNKNOWN + "/cancellation", null,
                null), 404, "purchase-not-found");
        assertProblem(mall.asOperator().post("api/operator/purchases/" + UNKNOWN + "/refunds", refund), 404,
                "purchase-not-found");
        assertProblem(mall.asOperator().get("api/operator/purchases/" + UNKNOWN + "/payment-requests"), 404,
                "purchase-not-found");
    }

    @Test
    void theOperatorsPaymentApiNeedsTheOperator() {
        TestMall mall = mall();
        String purchaseId = mall.paid(3_000);
        String path = "api/operator/purchases/" + TestMall.encode(purchaseId);

        assertThat(mall.http().send("POST", path + "/cancellation", null, null).status()).isEqualTo(401);
        assertThat(mall.http().post(path + "/refunds",
                "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"why\"}").status()).isEqualTo(401);
        assertThat(mall.http().get(path + "/payment-requests").status()).isEqualTo(401);
        assertThat(mall.http().as("operator", "wrong-password").get(path + "/payment-requests").status())
                .isEqualTo(401);

        assertThat(mall.purchase(purchaseId).getString("status")).isEqualTo("PAID");
        assertThat(mall.operatorRequests(purchaseId)).isEmpty();
    }

    @Test
    void aShippedPurchaseIsNotCancelled() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(3_100);
        mall.ship(purchaseId, "AP2000000001", ShipmentStatus.ACCEPTED);
        assertThat(credit.awaitNext(purchaseId).action()).isEqualTo(PaymentRequest.Action.CAPTURE);
        mall.awaitStatus(purchaseId, "SHIPPING_ACCEPTED");

        assertProblem(mall.http().send("POST", "api/purchases/" + TestMall.encode(purchaseId) + "/cancellation",
                null, null), 409, "already-shipped");
        assertProblem(mall.http().asOperator().send("POST", "api/operator/purchases/" + TestMall.encode(purchaseId)
                + "/cancellation", null, null), 409, "already-shipped");

        JsonObject after = mall.purchase(purchaseId);
        assertThat(after.getString("status")).isEqualTo("SHIPPING_ACCEPTED");
        assertThat(after.getJsonObject("payment").getJsonArray("requests")).hasSize(1);
    }

    @Test
    void aRefundOfWhatWasNeverCapturedIsRefused() {
        TestMall mall = mall();
        String unpaid = mall.buy(mall.product(3_200, 10, 10, 10, 100), 1).getString("purchaseId");
        String paid = mall.paid(3_200);

        for (String purchaseId : List.of(unpaid, paid)) {
            assertProblem(refund(mall, purchaseId, "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"x\"}"),
                    409, "not-captured");
            assertThat(mall.operatorRequests(purchaseId)).isEmpty();
        }
    }

    @Test
    void badRefundsAreProblemsThatChangeNothing() {
        TestMall mall = mall();
        String purchaseId = captured(mall, 3_300);
        JsonObject before = mall.purchase(purchaseId).getJsonObject("payment");

        assertProblem(refund(mall, purchaseId, "{\"amount\":{\"amount\":3301,\"currency\":\"EUR\"},\"reason\":\"x\"}"),
                409, "refund-exceeds-captured");
        assertProblem(refund(mall, purchaseId, "{\"amount\":{\"amount\":100,\"currency\":\"USD\"},\"reason\":\"x\"}"),
                400, "other-currency");
        for (String body : new String[]{
                "{\"amount\":{\"amount\":0,\"currency\":\"EUR\"},\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":-5,\"currency\":\"EUR\"},\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":100,\"currency\":\"EURO\"},\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":100},\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"}}",
                "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"  \"}",
                "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"" + "x".repeat(501) + "\"}",
                "{\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":\"100\",\"currency\":\"EUR\"},\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":1.5,\"currency\":\"EUR\"},\"reason\":\"x\"}",
                "{\"amount\":100,\"reason\":\"x\"}",
                "{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"x\"",
                ""}) {
            Http.Reply reply = refund(mall, purchaseId, body);
            assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
            assertThat(reply.isCompleteProblem()).as(reply.toString()).isTrue();
        }

        assertThat(mall.purchase(purchaseId).getJsonObject("payment")).isEqualTo(before);
        assertThat(mall.operatorRequests(purchaseId)).hasSize(1);
        assertProblem(refund(mall, purchaseId, "{\"amount\":{\"amount\":3300,\"currency\":\"EUR\"},\"reason\":\"all\"}"),
                202, null);
        assertProblem(refund(mall, purchaseId, "{\"amount\":{\"amount\":1,\"currency\":\"EUR\"},\"reason\":\"more\"}"),
                409, "refund-exceeds-captured");
    }

    @Test
    void thePackingListShowsOnlyPurchasesWhoseMoneyIsHeldOrCaptured() {
        TestMall mall = mall();
        String held = mall.paid(3_400);
        String cancelled = mall.paid(3_400);
        assertThat(mall.http().send("POST", "api/purchases/" + TestMall.encode(cancelled) + "/cancellation", null,
                null).status()).isEqualTo(200);

        String packing = mall.http().asOperator().get("api/operator/packing-list").body();

        assertThat(packing).contains(held).doesNotContain(cancelled);
    }

    /** A purchase shipped, and its capture confirmed by the credit company. */
    private static String captured(TestMall mall, long price) {
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        String purchaseId = mall.paid(price);
        mall.ship(purchaseId, "AP2" + String.format("%09d", price), ShipmentStatus.ACCEPTED);
        PaymentRequest capture = credit.awaitNext(purchaseId);
        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(capture, PaymentState.CAPTURED, price, 0));
        assertThat(mall.awaitPayment(purchaseId, "CAPTURED").getJsonObject("payment").getString("state"))
                .isEqualTo("CAPTURED");
        return purchaseId;
    }

    private static Http.Reply refund(TestMall mall, String purchaseId, String body) {
        return mall.http().asOperator().post("api/operator/purchases/" + TestMall.encode(purchaseId) + "/refunds",
                body);
    }

    /** The reply has that status and, for an error, is a complete problem of that type. */
    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (type != null) {
            assertThat(reply.isCompleteProblem()).as(reply.toString()).isTrue();
            assertThat(reply.object().getString("type")).as(reply.toString()).endsWith("/" + type);
        }
    }
}
