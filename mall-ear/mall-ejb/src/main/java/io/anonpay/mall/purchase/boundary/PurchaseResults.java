package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.mall.purchase.control.PurchaseIdentifiers;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.PurchaseStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Applies what the credit and shipping companies report (claims 2, 7), exactly once: the purchase row is
 * locked, and a result already applied changes nothing, so a redelivered or duplicated message is harmless.
 */
@Stateless
public class PurchaseResults {

    private static final Logger LOG = Logger.getLogger(PurchaseResults.class.getName());

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    public void apply(SettlementResult result) {
        Purchase purchase = locked(result.purchaseId());
        if (!purchase.sumIs(result.paymentSum().amount(), result.paymentSum().currency())) {
            throw new RejectedMessageException("settlement result for " + shortId(result.purchaseId())
                    + " carries another sum than the purchase");
        }
        Instant now = Instant.now();
        if (result.outcome() == SettlementResult.Outcome.APPROVED) {
            if (purchase.status().paid()) {
                if (result.settlementId().equals(purchase.settlementId())) {
                    return;
                }
                throw new RejectedMessageException("a second approval for the paid purchase " + shortId(result.purchaseId())
                        + " by " + result.creditCompany() + ": the buyer was charged twice and must be refunded");
            }
            purchase.paid(result.creditCompany(), result.settlementId(), now);
        } else if (!purchase.status().paid()) {
            purchase.declined(result.creditCompany(), result.declineReason().name(), now);
        }
    }

    public void apply(ShippingReceipt receipt) {
        Purchase purchase = locked(receipt.purchaseId());
        if (!purchase.status().paid()) {
            throw new RejectedMessageException("shipping receipt for the unpaid purchase " + shortId(receipt.purchaseId()));
        }
        if (!receipt.shippingCompany().equals(purchase.shippingCompany())) {
            throw new RejectedMessageException("shipping receipt from " + receipt.shippingCompany()
                    + ", which was not designated for " + shortId(receipt.purchaseId()));
        }
        if (purchase.shippingId() != null && !purchase.shippingId().equals(receipt.shippingId())) {
            throw new RejectedMessageException("a second shipment " + receipt.shippingId() + " for " + shortId(receipt.purchaseId()));
        }
        PurchaseStatus reported = switch (receipt.status()) {
            case ACCEPTED -> PurchaseStatus.SHIPPING_ACCEPTED;
            case SHIPPED -> PurchaseStatus.IN_TRANSIT;
            case DELIVERED -> PurchaseStatus.DELIVERED;
            case RETURNED -> PurchaseStatus.RETURNED;
        };
        // Receipts may arrive out of order: a shipment only moves forward.
        if (purchase.shippingId() == null || reported.ordinal() > purchase.status().ordinal()) {
            purchase.shipping(receipt.shippingId(), reported, Instant.now());
        }
    }

    private Purchase locked(String purchaseId) {
        Purchase purchase = em.createNamedQuery(Purchase.BY_KEY, Purchase.class)
                .setParameter("key", PurchaseIdentifiers.key(purchaseId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RejectedMessageException("no purchase " + shortId(purchaseId)));
        LOG.fine(() -> "applying to " + shortId(purchaseId));
        return purchase;
    }

    /** Enough of an opaque identifier to find it in the operator's tools, not a whole one in every log line. */
    static String shortId(String purchaseId) {
        return purchaseId.length() <= 24 ? purchaseId : purchaseId.substring(0, 24) + "…";
    }
}
