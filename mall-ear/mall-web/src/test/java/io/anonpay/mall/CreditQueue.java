package io.anonpay.mall;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.it.InfrastructureSession;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A credit company's queue of payment requests, as that company would take them: each message the mall sent about
 * the test's purchase is verified with the company's own view (signed by the mall, addressed to it) and kept. What
 * it takes about other purchases (earlier tests, earlier runs) is dropped: nobody consumes these queues in the
 * mall's tests, and taking them keeps the queue short.
 */
public final class CreditQueue {

    private final String company;
    private final SignedContracts credit;
    private final List<Sent> sent = new ArrayList<>();

    /** A request as it arrived: the verified contract, the message key the relay set, the signed text. */
    public record Sent(PaymentRequest request, String messageKey, String text) {
    }

    public CreditQueue(TestMall mall, String company) {
        this.company = company;
        this.credit = mall.verifierFor(company);
    }

    /** The requests about {@code purchaseId} once there are {@code count}, or all there are after the patience. */
    public List<Sent> await(String purchaseId, int count, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageConsumer consumer = session.createConsumer(session.createQueue(Queues.paymentRequestsOf(company)))) {
            connection.start();
            while (about(purchaseId).size() < count && Instant.now().isBefore(deadline)) {
                Message message = consumer.receive(200);
                if (message != null) {
                    keep(message, purchaseId);
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read " + Queues.paymentRequestsOf(company), e);
        }
        return about(purchaseId);
    }

    /** The one request about {@code purchaseId} that arrives first, within the patience. */
    public PaymentRequest awaitNext(String purchaseId) {
        int before = about(purchaseId).size();
        List<Sent> now = await(purchaseId, before + 1, TestMall.PATIENCE);
        assertThat(now).as("requests to " + company + " about the purchase").hasSizeGreaterThan(before);
        return now.get(before).request();
    }

    /** What arrived about {@code purchaseId} so far, oldest first. */
    public List<Sent> about(String purchaseId) {
        return sent.stream().filter(s -> s.request().purchaseId().equals(purchaseId)).toList();
    }

    private void keep(Message message, String purchaseId) throws JMSException {
        String key = message.getStringProperty(OutboxRelay.MESSAGE_KEY);
        if (!purchaseId.equals(key) || !(message instanceof TextMessage text)) {
            return;
        }
        assertThat(((Queue) message.getJMSDestination()).getQueueName()).isEqualTo(Queues.paymentRequestsOf(company));
        PaymentRequest request = credit.verifyPaymentRequest(text.getText());
        assertThat(request.purchaseId()).as("the message key is the purchase").isEqualTo(key);
        assertThat(request.mall()).isEqualTo("mall");
        assertThat(request.creditCompany()).isEqualTo(company);
        sent.add(new Sent(request, key, text.getText()));
    }

    private static ActiveMQConnectionFactory factory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl());
        factory.setTrustedPackages(List.of());
        return factory;
    }
}
