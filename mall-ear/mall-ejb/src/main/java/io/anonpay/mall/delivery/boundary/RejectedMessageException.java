package io.anonpay.mall.delivery.boundary;

import io.anonpay.common.delivery.MessageRefusedException;
import jakarta.ejb.ApplicationException;

/**
 * A result or receipt that verified but cannot apply to the purchase (unknown purchase, another sum, another
 * company, a move the purchase refuses). It rolls back, and {@link Deliveries} dead-letters the message at once
 * with this reason: no later attempt could apply it.
 */
@ApplicationException(rollback = true)
public class RejectedMessageException extends MessageRefusedException {

    public RejectedMessageException(String message) {
        super(message);
    }
}
