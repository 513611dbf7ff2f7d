package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.it.InfrastructureSession;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays the mall's consumer. It drains the whole queue and files each result by its purchase id, rather than
 * asking the broker for one purchase with a selector: with a backlog from other tests, a selector may not see a
 * message beyond the broker's page-in window.
 */
final class MallQueue {

    private static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();

    private MallQueue() {
    }

    /** Polls for up to {@code patience}, reconnecting if the broker is not (yet) there. */
    static Optional<String> resultFor(String purchaseId, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!RECEIVED.containsKey(purchaseId) && Instant.now().isBefore(deadline)) {
            try {
                drain(Duration.ofSeconds(1));
            } catch (JMSException brokerNotThere) {
                Thread.sleep(1_000);
            }
        }
        return Optional.ofNullable(RECEIVED.get(purchaseId));
    }

    private static synchronized void drain(Duration quiet) throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl());
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(Queues.SETTLEMENT_RESULTS));
            for (Message message = consumer.receive(quiet.toMillis()); message != null;
                    message = consumer.receive(quiet.toMillis())) {
                RECEIVED.put(message.getStringProperty(OutboxRelay.MESSAGE_KEY), ((TextMessage) message).getText());
            }
        }
    }
}
