package io.anonpay.mall.purchase.boundary;

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
 * What the mall's staff must pack: paid purchases, their identifiers opened with the mall's own key, next to
 * the shipping id. Nothing about the buyer exists here to show.
 */
@Stateless
public class PackingList {

    static final int LIMIT = 500;

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    PurchaseIdentifiers identifiers;

    public List<ToPack> paid() {
        return em.createNamedQuery(Purchase.BY_STATUS, Purchase.class)
                .setParameter("statuses", List.of(PurchaseStatus.PAID, PurchaseStatus.SHIPPING_ACCEPTED))
                .setMaxResults(LIMIT)
                .getResultStream()
                .map(p -> new ToPack(p, identifiers.open(p.purchaseId())))
                .toList();
    }

    public record ToPack(Purchase purchase, List<SealedItem> items) {
    }
}
