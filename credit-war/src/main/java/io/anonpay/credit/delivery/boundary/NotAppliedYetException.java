package io.anonpay.credit.delivery.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request the database did not take now (a concurrent request won a unique index, a lock it could not get),
 * for a reason that may pass. It rolls back, and {@link Deliveries} tries the message again later. Thrown as an
 * application exception so that the container does not log each such attempt as a failure of the bean.
 */
@ApplicationException(rollback = true)
public class NotAppliedYetException extends RuntimeException {

    public NotAppliedYetException(Throwable cause) {
        super("not applied: " + cause.getClass().getSimpleName(), cause);
    }
}
