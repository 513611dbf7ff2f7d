package io.anonpay.mall.purchase.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A result or receipt that verified but cannot apply to the purchase (unknown purchase, another sum, another
 * company). It rolls back; the broker redelivers a few times and then dead-letters it for the operator.
 */
@ApplicationException(rollback = true)
public class RejectedMessageException extends RuntimeException {

    public RejectedMessageException(String message) {
        super(message);
    }
}
