package io.anonpay.credit.delivery.boundary;

import io.anonpay.common.delivery.MessageRefusedException;
import jakarta.ejb.ApplicationException;

/**
 * A request that verified but can never apply to a payment (unknown purchase, a declined one, issued by another
 * mall than the one whose instructions paid, a request id already used for another purchase). It rolls back, and
 * {@link Deliveries} dead-letters the message at once with this reason: no later attempt could apply it.
 */
@ApplicationException(rollback = true)
public class RejectedMessageException extends MessageRefusedException {

    public RejectedMessageException(String message) {
        super(message);
    }
}
