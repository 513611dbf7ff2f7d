package io.anonpay.credit.settlement.control;

import jakarta.ejb.ApplicationException;

/**
 * Another request settled the same purchase first (the unique purchase key said so at insert). Rolls this
 * transaction back, debit included; the caller then answers with the stored outcome.
 */
@ApplicationException(rollback = true)
public class SettlementExistsException extends RuntimeException {

    public SettlementExistsException(Throwable cause) {
        super("the purchase was settled by a concurrent request", cause);
    }
}
