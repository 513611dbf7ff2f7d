package io.anonpay.credit.payment.boundary;

import io.anonpay.credit.payment.control.PaymentSteps;
import io.anonpay.credit.settlement.entity.Move;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Expires holds nobody captured or voided in time, one payment per transaction: release the hold, record the
 * EXPIRY step and tell the mall. Safe with several instances: a payment another transaction holds locked is
 * skipped (it is captured, voided or expired there), and one no longer AUTHORIZED is left alone.
 */
@Stateless
public class Expiries {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    PaymentSteps steps;

    /** Settlement rows whose hold ran out by {@code now}, the oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery(Settlement.HOLDS_DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * In a transaction of its own whoever calls: Payara runs the sweep's timeout callback in a transaction of its
     * own whatever its attribute (payara/Payara#4826), and one payment's failure must not roll back the others.
     *
     * @return whether this call expired the hold
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long settlementId, Instant now) {
        List<?> locked = em.createNativeQuery("select * from settlement where id = ?1 and state = 'AUTHORIZED'"
                        + " for update skip locked", Settlement.class)
                .setParameter(1, settlementId)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        Settlement settlement = (Settlement) locked.get(0);
        Optional<Move> move = settlement.expire(now);
        move.ifPresent(expiry -> steps.record(settlement, expiry, null, now));
        return move.isPresent();
    }
}
