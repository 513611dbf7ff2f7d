package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.PaymentState;
import io.anonpay.mall.purchase.control.PurchaseIdentifiers;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.PurchaseStatus;
import io.anonpay.mall.purchase.entity.SealedItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What the mall's staff must pack: paid purchases not shipped yet whose money is held or captured (not one whose
 * hold expired or was voided), their identifiers opened with the mall's own key, next to the shipping id. Nothing
 * about the buyer exists here to show.
 */
@Stateless
public class PackingList {

    static final int LIMIT = 500;

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    PurchaseIdentifiers identifiers;

    public List<ToPack> paid() {
        return em.createNamedQuery(Purchase.BY_STATUS_AND_PAYMENT, Purchase.class)
                .setParameter("statuses", List.of(PurchaseStatus.PAID, PurchaseStatus.SHIPPING_ACCEPTED))
                .setParameter("paymentStates", List.of(PaymentState.AUTHORIZED, PaymentState.CAPTURED))
                .setMaxResults(LIMIT)
                .getResultStream()
                .map(p -> new ToPack(p, identifiers.open(p.purchaseId())))
                .toList();
    }

    public record ToPack(Purchase purchase, List<SealedItem> items) {
    }
}
