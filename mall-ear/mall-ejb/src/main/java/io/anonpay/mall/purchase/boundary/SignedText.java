package io.anonpay.mall.purchase.boundary;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** The compact JWS a partner's message carries as its text. */
final class SignedText {

    private SignedText() {
    }

    static String of(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new RejectedMessageException("not a text message: " + message.getClass().getSimpleName());
        }
        try {
            String body = text.getText();
            if (body == null || body.isBlank()) {
                throw new RejectedMessageException("an empty message");
            }
            return body;
        } catch (JMSException e) {
            throw new IllegalStateException("could not read the message", e);
        }
    }
}
