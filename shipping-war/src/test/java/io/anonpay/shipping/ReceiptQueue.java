package io.anonpay.shipping;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.Http;
import io.anonpay.it.InfrastructureSession;
import io.anonpay.it.TestParties;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The mall's end of the receipts queue: takes the receipts for one purchase off the real broker and verifies them
 * with the keys the shipping server publishes. Polls with a generous deadline; broker restarts are waited out.
 */
public final class ReceiptQueue {

    private ReceiptQueue() {
    }

    /** The first receipt for the purchase with the given status, verified; fails after {@code timeout}. */
    public static ShippingReceipt await(Http shipping, String purchaseId, ShipmentStatus status, Duration timeout) {
        SignedContracts mall = new SignedContracts(TestParties.MALL, TestParties.keys(TestParties.MALL),
                TrustedKeys.of(Map.of(TestParties.SHIPPING, JwkSet.parse(shipping.get("api/keys").body()))),
                ReplayGuard.none(), Clock.systemUTC());
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                String jws = receive(purchaseId, Duration.ofSeconds(2));
                if (jws != null) {
                    ShippingReceipt receipt = mall.verifyShippingReceipt(jws);
                    if (receipt.status() == status) {
                        return receipt;
                    }
                }
            } catch (JMSException brokerNotBackYet) {
                sleep();
            }
        }
        throw new AssertionError("no " + status + " receipt for the purchase within " + timeout);
    }

    private static String receive(String purchaseId, Duration wait) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl()).createConnection();
        try {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(Queues.SHIPPING_RECEIPTS),
                    "messageKey = '" + purchaseId + "'");
            Message message = consumer.receive(wait.toMillis());
            return message == null ? null : ((TextMessage) message).getText();
        } finally {
            connection.close();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
