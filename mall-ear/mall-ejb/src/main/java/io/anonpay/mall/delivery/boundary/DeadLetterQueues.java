package io.anonpay.mall.delivery.boundary;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.delivery.Delivery;
import io.anonpay.common.delivery.Letters;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.common.persistence.ServerResources;
import io.anonpay.common.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The broker's dead-letter queues of the mall's queues. Browsing takes nothing; sending a letter back to its
 * queue, or discarding it, takes it from the dead-letter queue in one local broker transaction with the send: a
 * letter is never lost nor duplicated by these operations.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadLetterQueues {

    /** Browsing lists at most this many, the oldest first: a flood of dead letters does not flood the answer. */
    static final int LIMIT = 500;
    /** How long a take waits for the broker to hand over a letter it holds. */
    private static final long TAKE_WAIT_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(DeadLetterQueues.class.getName());
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9._:-]{1,200}");

    private ConnectionFactory connectionFactory;

    @PostConstruct
    void connect() {
        connectionFactory = ServerResources.connectionFactory("mall");
    }

    /** A queue of the mall's and its dead letters, by the short name the operator API uses. */
    public enum Queue {
        SETTLEMENT_RESULTS("settlement-results", Queues.SETTLEMENT_RESULTS),
        SHIPPING_RECEIPTS("shipping-receipts", Queues.SHIPPING_RECEIPTS),
        PAYMENT_UPDATES("payment-updates", Queues.PAYMENT_UPDATES);

        private final String shortName;
        private final String destination;

        Queue(String shortName, String destination) {
            this.shortName = shortName;
            this.destination = destination;
        }

        public String shortName() {
            return shortName;
        }

        String deadLetters() {
            return Delivery.deadLettersOf(destination);
        }

        public static Optional<Queue> named(String shortName) {
            return Arrays.stream(values()).filter(q -> q.shortName.equals(shortName)).findFirst();
        }
    }

    /**
     * A dead letter as the operator sees it: the purchase it names (the sender's message key; empty for a message
     * that did not come from a partner's relay), why it was given up, after how many attempts, when the partner
     * first sent it, and its text (a signed result or receipt: what the mall itself received).
     */
    public record DeadLetter(String queue, String messageId, String purchaseId, String cause, int attempts,
                             Instant sentAt, String text) {
    }

    public List<DeadLetter> browse() {
        List<DeadLetter> letters = new ArrayList<>();
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            for (Queue queue : Queue.values()) {
                try (QueueBrowser browser = session.createBrowser(session.createQueue(queue.deadLetters()))) {
                    Enumeration<?> messages = browser.getEnumeration();
                    while (messages.hasMoreElements() && letters.size() < LIMIT) {
                        letters.add(letter(queue, (Message) messages.nextElement()));
                    }
                }
            }
            return letters;
        } catch (JMSException e) {
            throw brokerUnavailable(e);
        }
    }

    /**
     * Takes the letter from the dead-letter queue and puts it back on its queue, for the mall to try again from
     * the first attempt.
     */
    public void sendBack(Queue queue, String messageId) {
        withLetter(queue, messageId, (session, letter) -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue.destination))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(Letters.copy(session, letter));
            }
        });
    }

    /** Takes the letter from the dead-letter queue for good. */
    public void discard(Queue queue, String messageId) {
        withLetter(queue, messageId, (session, letter) -> {
        });
    }

    /** What is done with a letter taken from its dead-letter queue, in the same transaction as the take. */
    private interface LetterAction {
        void apply(Session session, Message letter) throws JMSException;
    }

    private void withLetter(Queue queue, String messageId, LetterAction action) {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            connection.start();
            action.apply(session, take(session, queue, messageId));
            session.commit();
        } catch (JMSException e) {
            throw brokerUnavailable(e);
        }
    }

    private static Message take(Session session, Queue queue, String messageId) throws JMSException {
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw notFound(queue, messageId);
        }
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue.deadLetters()),
                "JMSMessageID = '" + messageId + "'")) {
            Message letter = consumer.receive(TAKE_WAIT_MILLIS);
            if (letter == null) {
                throw notFound(queue, messageId);
            }
            return letter;
        }
    }

    private static DeadLetter letter(Queue queue, Message message) throws JMSException {
        String cause = message.getStringProperty(Letters.FAILURE_CAUSE);
        return new DeadLetter(queue.shortName(), message.getJMSMessageID(),
                message.getStringProperty(OutboxRelay.MESSAGE_KEY),
                cause == null ? null : cause.lines().findFirst().orElse(""), Letters.attempt(message),
                Letters.firstSent(message), message instanceof TextMessage text ? text.getText() : null);
    }

    private static ProblemException notFound(Queue queue, String messageId) {
        return ProblemException.notFound("dead-letter", "no dead letter " + messageId.substring(0,
                Math.min(messageId.length(), 80)) + " in " + queue.shortName());
    }

    private static ProblemException brokerUnavailable(JMSException e) {
        LOG.warning(() -> "dead-letter queues not reachable: " + e.getMessage());
        return new ProblemException("broker-unavailable", "Broker unavailable", 503,
                "the message broker cannot be reached; try again later");
    }
}
