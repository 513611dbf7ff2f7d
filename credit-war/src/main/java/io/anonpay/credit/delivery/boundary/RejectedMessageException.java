package io.anonpay.credit.delivery.boundary;

import io.anonpay.common.delivery.MessageRefusedException;
import jakarta.ejb.ApplicationException;

/**
 * A message that verified but can never apply to a payment: a mall's request (unknown purchase, a declined one,
 * issued by another mall than the one whose instructions paid, a request id already used for another purchase) or a
 * shipping company's fee claim (unknown purchase, another company or amount than the fee line's, a fee released, a
 * sealed name that does not open). It rolls back, and {@link Deliveries} dead-letters the message at once with this
 * reason: no later attempt could apply it.
 */
@ApplicationException(rollback = true)
public class RejectedMessageException extends MessageRefusedException {

    public RejectedMessageException(String message) {
        super(message);
    }
}
