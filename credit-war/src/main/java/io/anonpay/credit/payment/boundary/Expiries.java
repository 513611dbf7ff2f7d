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
 * Expires holds nobody captured or voided in time, one payment per transaction: release the hold of the goods and a
 * fee still held with them, record the EXPIRY (and FEE_RELEASE) step and tell the mall of the goods. A fee still held
 * at {@code authorized_until} after the goods were captured is released on its own, and the mall is told nothing (it
 * does not track the fee). Safe with several instances: a payment another transaction holds locked is skipped (it
 * is moved there), and one that holds nothing any more is left alone.
 */
@Stateless
public class Expiries {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    PaymentSteps steps;

    /** Settlement rows whose hold of the goods ran out by {@code now}, the oldest first. */
    public List<Long> due(Instant now, int max) {
        return dueBy(Settlement.HOLDS_DUE, now, max);
    }

    /** Settlement rows whose fee is still held at {@code now}, past their {@code authorized_until}, oldest first. */
    public List<Long> feesDue(Instant now, int max) {
        return dueBy(Settlement.FEES_DUE, now, max);
    }

    private List<Long> dueBy(String query, Instant now, int max) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * In a transaction of its own whoever calls: Payara runs the sweep's timeout callback in a transaction of its
     * own whatever its attribute (payara/Payara#4826), and one payment's failure must not roll back the others.
     *
     * @return whether this call released a hold: of the goods (and the fee with them), or of the fee alone
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long settlementId, Instant now) {
        List<?> locked = em.createNativeQuery("select * from settlement where id = ?1"
                        + " and (state = 'AUTHORIZED' or fee_state = 'HELD') for update skip locked", Settlement.class)
                .setParameter(1, settlementId)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        Settlement settlement = (Settlement) locked.get(0);
        Optional<Move> goods = settlement.expire(now);
        if (goods.isPresent()) {
            steps.record(settlement, goods.get(), null, now);
            return true;
        }
        Optional<Move> fee = settlement.expireFee(now);
        fee.ifPresent(release -> steps.recordFee(settlement, release, now));
        return fee.isPresent();
    }
}
