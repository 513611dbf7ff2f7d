package io.anonpay.credit.payment.control;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.credit.delivery.boundary.NotAppliedYetException;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.Optional;

/**
 * Finds a partner's purchase among the payments, by its purchase key, and locks its row for the caller's
 * transaction: whatever moves the payment (a mall's request, a shipping company's fee claim, the expiry timer) waits
 * for whatever moves it already, so concurrent twins apply one after the other and the second finds the first done.
 */
@ApplicationScoped
public class LockedPayments {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    /** @throws NotAppliedYetException when the lock cannot be had now: the message is tried again later */
    public Optional<Settlement> of(String purchaseId) {
        try {
            return em.createNamedQuery(Settlement.BY_PURCHASE_KEY, Settlement.class)
                    .setParameter("key", PurchaseKey.of(purchaseId).bytes())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst();
        } catch (PersistenceException busy) {
            throw new NotAppliedYetException(busy);
        }
    }

    /** Enough of an opaque purchase id to find it in the dead letters, not the whole sealed blob. */
    public static String shortId(String purchaseId) {
        return purchaseId.length() <= 16 ? purchaseId : purchaseId.substring(0, 16) + "…";
    }
}
