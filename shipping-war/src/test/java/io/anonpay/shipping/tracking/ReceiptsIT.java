package io.anonpay.shipping.tracking;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.it.Http;
import io.anonpay.it.InfrastructureSession;
import io.anonpay.it.TestParties;
import io.anonpay.shipping.ReceiptQueue;
import io.anonpay.shipping.ShippingDb;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts to the mall over the real broker (also across a broker outage), and the operator moving parcels along,
 * each move reported as a signed receipt.
 */
@ExtendWith(ArquillianExtension.class)
class ReceiptsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http buyer() {
        return Http.at(URI.create(base.toString()));
    }

    private String ship(String purchaseId) {
        Http.Reply accepted = buyer().post("api/shipments",
                TestMall.request(TestMall.signed(purchaseId, 2400), "Grace Hopper"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        return accepted.json().asJsonObject().getString("shippingId");
    }

    private Http.Reply move(String shippingId, String status) {
        return buyer().asOperator().post("api/operator/shipments/" + shippingId + "/status",
                "{\"status\":\"" + status + "\"}");
    }

    @Test
    void aSignedReceiptReachesTheMallsQueue() {
        String purchaseId = TestMall.purchaseId();
        String shippingId = ship(purchaseId);

        ShippingReceipt receipt = ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.ACCEPTED, PATIENCE);

        assertThat(receipt.purchaseId()).isEqualTo(purchaseId);
        assertThat(receipt.shippingId()).isEqualTo(shippingId);
        assertThat(receipt.shippingCompany()).isEqualTo(TestParties.SHIPPING);
    }

    @Test
    void aReceiptWaitsOutABrokerOutage() {
        String purchaseId = TestMall.purchaseId();
        String shippingId;
        InfrastructureSession.stopBroker();
        try {
            shippingId = ship(purchaseId);
            awaitFailedAttempt(purchaseId);
        } finally {
            InfrastructureSession.startBroker();
        }

        ShippingReceipt receipt = ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.ACCEPTED, PATIENCE);

        assertThat(receipt.shippingId()).isEqualTo(shippingId);
    }

    @Test
    void eachStatusChangeByTheOperatorIsReported() {
        String purchaseId = TestMall.purchaseId();
        String shippingId = ship(purchaseId);
        ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.ACCEPTED, PATIENCE);

        Http.Reply inTransit = move(shippingId, "IN_TRANSIT");
        assertThat(inTransit.status()).as(inTransit.toString()).isEqualTo(200);
        assertThat(inTransit.json().asJsonObject().getString("status")).isEqualTo("IN_TRANSIT");
        assertThat(ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.SHIPPED, PATIENCE).shippingId())
                .isEqualTo(shippingId);

        assertThat(move(shippingId, "DELIVERED").status()).isEqualTo(200);
        assertThat(ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.DELIVERED, PATIENCE).shippingId())
                .isEqualTo(shippingId);
        assertThat(buyer().get("api/shipments/" + shippingId).json().asJsonObject().getString("status"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void aReturnIsReportedToo() {
        String purchaseId = TestMall.purchaseId();
        String shippingId = ship(purchaseId);

        assertThat(move(shippingId, "IN_TRANSIT").status()).isEqualTo(200);
        assertThat(move(shippingId, "RETURNED").status()).isEqualTo(200);

        assertThat(ReceiptQueue.await(buyer(), purchaseId, ShipmentStatus.RETURNED, PATIENCE).shippingId())
                .isEqualTo(shippingId);
    }

    @Test
    void onlyForwardMovesAreAllowedAndARepeatChangesNothing() {
        String purchaseId = TestMall.purchaseId();
        String shippingId = ship(purchaseId);

        Http.Reply skipping = move(shippingId, "DELIVERED");
        assertThat(move(shippingId, "IN_TRANSIT").status()).isEqualTo(200);
        Http.Reply repeated = move(shippingId, "IN_TRANSIT");
        Http.Reply backwards = move(shippingId, "ACCEPTED");
        Http.Reply unknown = move(shippingId, "LOST");

        assertThat(skipping.status()).as(skipping.toString()).isEqualTo(409);
        assertThat(skipping.json().asJsonObject().getString("type")).endsWith("/invalid-status-transition");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        // ACCEPTED and one IN_TRANSIT: the refused moves and the repeat reported nothing.
        assertThat(ShippingDb.outboxRows(purchaseId, Queues.SHIPPING_RECEIPTS)).hasSize(2);
    }

    @Test
    void movingParcelsNeedsTheOperatorCredential() {
        String shippingId = ship(TestMall.purchaseId());

        Http.Reply anonymous = buyer().post("api/operator/shipments/" + shippingId + "/status", "{\"status\":\"IN_TRANSIT\"}");
        Http.Reply guessed = buyer().as("operator", "guess")
                .post("api/operator/shipments/" + shippingId + "/status", "{\"status\":\"IN_TRANSIT\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(guessed.status()).isEqualTo(401);
        assertThat(buyer().get("api/shipments/" + shippingId).json().asJsonObject().getString("status"))
                .isEqualTo("ACCEPTED");
        assertThat(move("AP0000000000000", "IN_TRANSIT").status()).isEqualTo(404);
    }

    /** The relay has tried the broker at least once and failed: the outage was real for this receipt. */
    private static void awaitFailedAttempt(String purchaseId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (ShippingDb.outboxAttempts(purchaseId) < 1) {
            assertThat(Instant.now()).as("the relay never tried to send during the outage").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
