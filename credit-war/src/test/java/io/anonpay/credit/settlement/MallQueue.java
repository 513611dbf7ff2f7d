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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays the mall's consumers. It drains the whole queues (settlement results, payment updates) and files each
 * message by its purchase id, rather than asking the broker for one purchase with a selector: with a backlog from
 * other tests, a selector may not see a message beyond the broker's page-in window.
 */
final class MallQueue {

    private static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> UPDATES = new ConcurrentHashMap<>();

    private MallQueue() {
    }

    /**
     * The payment updates received so far for {@code purchaseId} (signed texts, in arrival order), once there are at
     * least {@code count} of them or {@code patience} is over.
     */
    static List<String> updatesFor(String purchaseId, int count, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (updates(purchaseId).size() < count && Instant.now().isBefore(deadline)) {
            try {
                drain(Duration.ofSeconds(1));
            } catch (JMSException brokerNotThere) {
                Thread.sleep(1_000);
            }
        }
        return updates(purchaseId);
    }

    private static List<String> updates(String purchaseId) {
        return new ArrayList<>(UPDATES.getOrDefault(purchaseId, List.of()));
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
            MessageConsumer updates = session.createConsumer(session.createQueue(Queues.PAYMENT_UPDATES));
            for (Message message = updates.receive(quiet.toMillis()); message != null;
                    message = updates.receive(quiet.toMillis())) {
                UPDATES.computeIfAbsent(message.getStringProperty(OutboxRelay.MESSAGE_KEY),
                        key -> new CopyOnWriteArrayList<>()).add(((TextMessage) message).getText());
            }
        }
    }
}
