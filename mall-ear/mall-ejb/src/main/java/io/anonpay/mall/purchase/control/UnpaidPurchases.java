package io.anonpay.mall.purchase.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;

/**
 * The purchases still awaiting payment, in SQL: counted for the cap, and deleted once they can no longer be paid.
 * A purchase goes only when nothing about its money can still happen at the mall: never approved (no payment
 * state), no payment request ever made for it (a void of an unwanted approval stays on record), and both its
 * {@code payable_until} and the last instant a result of its designated credit company may be pending
 * ({@code payment_pending_until}) lie more than the grace period back. Rows another transaction holds (a result being
 * applied, a cancellation) are skipped, so two malls purging at once never wait on each other or delete twice.
 */
@Stateless
public class UnpaidPurchases {

    private static final String AWAITING = "status in ('AWAITING_PAYMENT', 'PAYMENT_DECLINED')";

    /** Before now by the grace period in seconds, the numbered parameter. */
    private static final String GRACE_AGO = " < now() - cast(?%d as double precision) * interval '1 second'";

    private static final String COUNT = "select count(*) from purchase where " + AWAITING;

    private static final String PURGE = "delete from purchase where id in (select p.id from purchase p"
            + " where p." + AWAITING
            + " and p.payable_until" + GRACE_AGO.formatted(1)
            + " and greatest(p.payable_until, p.payment_pending_until)" + GRACE_AGO.formatted(2)
            + " and p.payment_state is null"
            + " and not exists (select 1 from payment_request r where r.purchase_ref = p.id)"
            + " order by p.payable_until limit ?3 for update of p skip locked)";

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    /** Purchases awaiting payment, expired ones not yet purged included: one count over a partial index. */
    public long countAwaitingPayment() {
        return ((Number) em.createNativeQuery(COUNT).getSingleResult()).longValue();
    }

    /**
     * Deletes at most {@code max} purchases unpaid for longer than {@code grace} past their window, oldest first, in
     * a transaction of its own whoever calls (Payara runs a timeout callback in a transaction whatever its attribute,
     * payara/Payara#4826).
     *
     * @return how many were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Duration grace, int max) {
        return em.createNativeQuery(PURGE)
                .setParameter(1, grace.toSeconds())
                .setParameter(2, grace.toSeconds())
                .setParameter(3, max)
                .executeUpdate();
    }
}
