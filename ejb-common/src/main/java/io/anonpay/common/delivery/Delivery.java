package io.anonpay.common.delivery;

import io.anonpay.common.metrics.Metrics;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What a server does with each message a partner sends it: apply it, and decide what follows when that fails. The
 * same rules for every consumer of every party.
 * <p>
 * The message-driven beans consume without a transaction: the resource adapter acknowledges a message once
 * {@code onMessage} returns, and the server's database has committed before that (the apply runs in its own
 * transaction). A server that dies in between receives the message again and applies it once more, which changes
 * nothing (each message is applied at most once, by its business key). Nothing here throws: the adapter
 * acknowledges a message whose listener threw just the same, so a throw would lose it (the mall's DeliveryIT
 * shows this).
 * <p>
 * A message refused for good ({@link DeliveryFailure}) goes to its queue's dead letters at once, with the reason. A
 * message that failed for a reason that may pass is sent again to the back of its queue after a pause that grows
 * from {@link DeliveryFailure#FIRST_PAUSE} to {@link DeliveryFailure#LONGEST_PAUSE}, carrying its attempt number;
 * after {@code attempts} attempts it is dead-lettered with the last reason. Sending the copy comes before the
 * acknowledgement: a server that dies in between leaves two copies, applied once.
 */
public final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    private final ConnectionFactory connectionFactory;
    private final int attempts;
    private final Metrics metrics;

    /**
     * @param connectionFactory the server's pool of the resource adapter, used outside any JTA transaction: one
     *                          that allows a local transaction and honours a session's arguments
     * @param attempts          how many attempts a message that keeps failing gets before it is dead-lettered
     * @param metrics           counts what is applied, sent again and dead-lettered, and the lag of what applied
     */
    public Delivery(ConnectionFactory connectionFactory, int attempts, Metrics metrics) {
        this.connectionFactory = connectionFactory;
        this.attempts = attempts;
        this.metrics = metrics;
    }

    /** The dead-letter queue of a queue: the broker's own naming, which a server follows when it dead-letters. */
    public static String deadLettersOf(String queue) {
        return "DLQ." + queue;
    }

    /** Applies the message's text; never throws. */
    public void receive(Message message, Consumer<String> apply) {
        try {
            int attempt = Letters.attempt(message);
            DeliveryFailure failure = tryToApply(message, apply);
            if (failure == null) {
                metrics.applied(queueOf(message), Letters.committedAt(message));
                return;
            }
            if (failure.permanent() || attempt >= attempts) {
                deadLetter(message, attempt, failure);
            } else {
                sendAgain(message, attempt + 1, failure);
            }
        } catch (JMSException | RuntimeException e) {
            // The broker is out of reach: the acknowledgement cannot reach it either, and the broker delivers the
            // message again once the adapter has reconnected.
            LOG.warning(() -> "could not hand a message back to the broker; it will be delivered again: " + e);
        }
    }
    private static DeliveryFailure tryToApply(Message message, Consumer<String> apply) throws JMSException {
        if (!(message instanceof TextMessage textMessage)) {
            return DeliveryFailure.refused("not a text message");
        }
        String text = textMessage.getText();
        if (text == null || text.isBlank()) {
            return DeliveryFailure.refused("an empty message");
        }
        try {
            apply.accept(text);
            return null;
        } catch (RuntimeException e) {
            return DeliveryFailure.of(e);
        }
    }

    private void sendAgain(Message message, int attempt, DeliveryFailure failure) throws JMSException {
        Duration pause = DeliveryFailure.pauseBefore(attempt);
        LOG.warning(() -> "attempt " + (attempt - 1) + " of " + attempts + " failed for " + describe(message)
                + ", trying again in " + pause.toMillis() + " ms: " + failure.cause());
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            // the mall is stopping: hand the message back at once
            Thread.currentThread().interrupt();
        }
        send(queueOf(message), message, attempt, null);
        metrics.retried(queueOf(message));
    }

    private void deadLetter(Message message, int attempt, DeliveryFailure failure) throws JMSException {
        String queue = queueOf(message);
        LOG.warning(() -> "dead-lettered " + describe(message) + " after " + attempt + " attempt(s): "
                + failure.cause());
        send(deadLettersOf(queue), message, attempt, failure.cause());
        metrics.deadLettered(queue);
    }

    private void send(String queue, Message message, int attempt, String cause) throws JMSException {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Message copy = Letters.copy(session, message);
            copy.setIntProperty(Letters.ATTEMPT, attempt);
            if (cause != null) {
                copy.setStringProperty(Letters.FAILURE_CAUSE, cause);
            }
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(copy);
            }
        }
    }

    private static String queueOf(Message message) throws JMSException {
        if (message.getJMSDestination() instanceof Queue queue) {
            return queue.getQueueName();
        }
        throw new JMSException("a message from no queue: " + message.getJMSDestination());
    }

    private static String describe(Message message) {
        try {
            return message.getJMSMessageID() + " on " + queueOf(message);
        } catch (JMSException e) {
            return "a message";
        }
    }
}
