package io.anonpay.common.delivery;

import io.anonpay.common.outbox.OutboxRelay;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.List;

/**
 * The properties a receiver puts on a partner's message when it sends it again or dead-letters it, and the copy it
 * sends: the text and the sender's keys, never the broker's delivery history.
 */
public final class Letters {

    /** The attempt a copy is for: 2 for the first retry. A partner's own message is attempt 1. */
    public static final String ATTEMPT = "anonpayAttempt";
    /** When the partner first sent the message (epoch milliseconds), kept across copies. */
    public static final String FIRST_SENT = "anonpayFirstSentAt";
    /** Why the message is a dead letter: the name the broker itself gives this property. */
    public static final String FAILURE_CAUSE = "dlqDeliveryFailureCause";
    private static final List<String> KEPT = List.of(OutboxRelay.MESSAGE_KEY, OutboxRelay.OUTBOX_ID,
            OutboxRelay.COMMITTED_AT);

    private Letters() {
    }

    public static int attempt(Message message) throws JMSException {
        return message.propertyExists(ATTEMPT) ? Math.max(1, message.getIntProperty(ATTEMPT)) : 1;
    }

    public static Instant firstSent(Message message) throws JMSException {
        if (message.propertyExists(FIRST_SENT)) {
            return Instant.ofEpochMilli(message.getLongProperty(FIRST_SENT));
        }
        return message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : null;
    }

    /** A new message with the letter's text, the sender's keys and when it was first sent. */
    /** When the sender's outbox row was written (the relay's {@link OutboxRelay#COMMITTED_AT}); null if not said. */
    public static Instant committedAt(Message message) throws JMSException {
        return message.propertyExists(OutboxRelay.COMMITTED_AT)
                ? Instant.ofEpochMilli(message.getLongProperty(OutboxRelay.COMMITTED_AT)) : null;
    }

    public static Message copy(Session session, Message letter) throws JMSException {
        Message again = letter instanceof TextMessage text ? session.createTextMessage(text.getText())
                : session.createMessage();
        for (String property : KEPT) {
            if (letter.propertyExists(property)) {
                again.setObjectProperty(property, letter.getObjectProperty(property));
            }
        }
        Instant firstSent = firstSent(letter);
        if (firstSent != null) {
            again.setLongProperty(FIRST_SENT, firstSent.toEpochMilli());
        }
        return again;
    }
}
