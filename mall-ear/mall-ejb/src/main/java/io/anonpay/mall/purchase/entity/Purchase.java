package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.mall.catalog.entity.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One purchase, known by its sealed identifier. It holds the totals the mall computed and what the credit and
 * shipping companies reported — never anything about the buyer — and follows a report only where its rules allow
 * ({@link PurchaseStatus#allowedMoves()}): applied once, a decline never undoes a payment, a shipment only moves
 * forward, and only the designated shipping company reports it.
 */
@Entity
@Table(name = "purchase")
@NamedQuery(name = Purchase.BY_KEY, query = "select p from Purchase p where p.purchaseKey = :key")
@NamedQuery(name = Purchase.BY_STATUS, query = "select p from Purchase p where p.status in :statuses order by p.updatedAt")
public class Purchase {

    public static final String BY_KEY = "Purchase.byKey";
    public static final String BY_STATUS = "Purchase.byStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_key", nullable = false, unique = true)
    private byte[] purchaseKey;

    @Column(name = "purchase_id", nullable = false, length = 6000)
    private String purchaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PurchaseStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "sum_amount", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "sum_currency", nullable = false, length = 3))
    private Money sum;

    @Column(name = "volume_cubic_cm", nullable = false)
    private long volumeCubicCm;

    @Column(name = "weight_grams", nullable = false)
    private long weightGrams;

    @Column(name = "dimensional_weight_grams", nullable = false)
    private long dimensionalWeightGrams;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "credit_company", length = 64)
    private String creditCompany;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(name = "settlement_id", length = 6000)
    private String settlementId;

    @Column(name = "decline_reason", length = 32)
    private String declineReason;

    @Column(name = "shipping_company", length = 64)
    private String shippingCompany;

    @Column(name = "shipping_id", length = 64)
    private String shippingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "payable_until", nullable = false)
    private Instant payableUntil;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Purchase() {
    }

    public Purchase(String purchaseId, Totals totals, Instant now, Instant payableUntil) {
        this.purchaseKey = PurchaseKey.of(purchaseId).bytes();
        this.purchaseId = purchaseId;
        this.status = PurchaseStatus.AWAITING_PAYMENT;
        this.sum = new Money(totals.sumAmount(), totals.currency());
        this.volumeCubicCm = totals.volumeCubicCm();
        this.weightGrams = totals.weightGrams();
        this.dimensionalWeightGrams = totals.dimensionalWeightGrams();
        this.itemCount = totals.itemCount();
        this.createdAt = now;
        this.payableUntil = payableUntil;
        this.updatedAt = now;
    }

    /** The status the buyer sees now: an unpaid purchase past its payment window has expired. */
    public PurchaseStatus statusAt(Instant now) {
        return status.awaitingPayment() && now.isAfter(payableUntil) ? PurchaseStatus.EXPIRED : status;
    }

    public void designateCreditCompany(String company, Instant now) {
        this.creditCompany = company;
        this.updatedAt = now;
    }

    public void designateShippingCompany(String company, Instant now) {
        this.shippingCompany = company;
        this.updatedAt = now;
    }

    /**
     * The credit company approved the payment. The same approval again changes nothing; another one means the
     * buyer paid twice, which the operator must see.
     */
    public boolean approve(String creditCompany, String settlementId, Instant now) {
        if (status.paid()) {
            if (settlementId.equals(this.settlementId)) {
                return false;
            }
            throw new RefusedMove("a second approval for the paid purchase " + shortId(purchaseId) + " by "
                    + creditCompany + ": the buyer was charged twice and must be refunded");
        }
        moveTo(PurchaseStatus.PAID, now);
        this.settledBy = creditCompany;
        this.settlementId = settlementId;
        this.declineReason = null;
        return true;
    }

    /** The credit company declined the payment: the buyer may try again. After a payment it changes nothing. */
    public boolean decline(String creditCompany, String reason, Instant now) {
        if (status.paid()) {
            return false;
        }
        moveTo(PurchaseStatus.PAYMENT_DECLINED, now);
        this.settledBy = creditCompany;
        this.declineReason = reason;
        return true;
    }

    /**
     * The designated shipping company reports its shipment of the paid purchase. Receipts may arrive out of
     * order: one that would move the purchase back changes nothing.
     */
    public boolean ship(String company, String shippingId, ShipmentStatus shipment, Instant now) {
        if (!status.paid()) {
            throw new RefusedMove("shipping receipt for the unpaid purchase " + shortId(purchaseId));
        }
        if (!company.equals(shippingCompany)) {
            throw new RefusedMove("shipping receipt from " + company + ", which was not designated for "
                    + shortId(purchaseId));
        }
        if (this.shippingId != null && !this.shippingId.equals(shippingId)) {
            throw new RefusedMove("a second shipment " + shippingId + " for " + shortId(purchaseId));
        }
        PurchaseStatus reported = PurchaseStatus.of(shipment);
        if (!status.mayMoveTo(reported)) {
            return false;
        }
        this.shippingId = shippingId;
        moveTo(reported, now);
        return true;
    }

    private void moveTo(PurchaseStatus next, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw new RefusedMove("a purchase does not move from " + status + " to " + next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** Enough of an opaque identifier to find it in the operator's tools, not a whole one in every log line. */
    public static String shortId(String purchaseId) {
        return purchaseId.length() <= 24 ? purchaseId : purchaseId.substring(0, 24) + "…";
    }

    public String purchaseId() { return purchaseId; }
    public PurchaseStatus status() { return status; }
    public Money sum() { return sum; }
    public long volumeCubicCm() { return volumeCubicCm; }
    public long weightGrams() { return weightGrams; }
    public long dimensionalWeightGrams() { return dimensionalWeightGrams; }
    public int itemCount() { return itemCount; }
    public String creditCompany() { return creditCompany; }
    public String settledBy() { return settledBy; }
    public String settlementId() { return settlementId; }
    public String declineReason() { return declineReason; }
    public String shippingCompany() { return shippingCompany; }
    public String shippingId() { return shippingId; }
    public Instant createdAt() { return createdAt; }
    public Instant payableUntil() { return payableUntil; }
    public Instant updatedAt() { return updatedAt; }
}
