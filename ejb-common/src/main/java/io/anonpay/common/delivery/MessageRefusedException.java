package io.anonpay.common.delivery;

/**
 * A partner's message that verified but can never apply to the receiver's state (an unknown purchase, another
 * sum, a company not designated, a move the state refuses). {@link Delivery} dead-letters it at once with this
 * message as the reason. Each server subclasses it as an application exception that rolls back its transaction.
 */
public class MessageRefusedException extends RuntimeException {

    public MessageRefusedException(String message) {
        super(message);
    }
}
