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

import java.time.Duration;
import java.time.Instant;

/**
 * One purchase, known by its sealed identifier. It holds the totals the mall computed and what the credit and
 * shipping companies reported — never anything about the buyer — and follows a report only where its rules allow
 * ({@link PurchaseStatus#allowedMoves()}): applied once, a decline never undoes a payment, a shipment only moves
 * forward, and only the designated credit and shipping companies report. While a payment at the designated credit
 * company may be pending, no other one is designated: the buyer could otherwise pay twice.
 */
@Entity
@Table(name = "purchase")
@NamedQuery(name = Purchase.BY_KEY, query = "select p from Purchase p where p.purchaseKey = :key")
@NamedQuery(name = Purchase.BY_STATUS, query = "select p from Purchase p where p.status in :statuses order by p.updatedAt")
public class Purchase {

    public static final String BY_KEY = "Purchase.byKey";
    public static final String BY_STATUS = "Purchase.byStatus";

    /**
     * How long after its payment instructions expire a result may still be on its way from the credit company (its
     * outbox holds it through a broker outage); until then a payment there may be pending.
     */
    public static final Duration RESULTS_IN_FLIGHT = Duration.ofMinutes(15);

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

    /** Until when a payment at the designated credit company may be pending; null once it declined. */
    @Column(name = "payment_pending_until")
    private Instant paymentPendingUntil;

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

    /**
     * The buyer designates the credit company that instructions valid until {@code instructionsExpire} send them to.
     * The same company again is always allowed; another one only once a payment at the first can no longer be
     * pending: it declined, or its last instructions expired {@link #RESULTS_IN_FLIGHT} ago.
     */
    public void designateCreditCompany(String company, Instant now, Instant instructionsExpire) {
        if (creditCompany != null && !creditCompany.equals(company) && paymentMayBePending(now)) {
            throw new RefusedMove("a payment at " + creditCompany + " may still be pending for "
                    + shortId(purchaseId) + ": another credit company can be chosen once it declines, or from "
                    + paymentPendingUntil);
        }
        this.creditCompany = company;
        this.paymentPendingUntil = instructionsExpire.plus(RESULTS_IN_FLIGHT);
        this.updatedAt = now;
    }

    private boolean paymentMayBePending(Instant now) {
        return status.awaitingPayment() && paymentPendingUntil != null && now.isBefore(paymentPendingUntil);
    }

    public void designateShippingCompany(String company, Instant now) {
        this.shippingCompany = company;
        this.updatedAt = now;
    }

    /**
     * The credit company approved the payment. The same approval again changes nothing; one from a company not
     * designated, or a second one, means the buyer was charged where the purchase is not paid, which the operator
     * must see.
     */
    public boolean approve(String creditCompany, String settlementId, Instant now) {
        if (status.paid() && settlementId.equals(this.settlementId)) {
            return false;
        }
        if (!creditCompany.equals(this.creditCompany)) {
            throw new RefusedMove("an approval for " + shortId(purchaseId) + " by " + creditCompany
                    + ", which was not designated for it: the buyer was charged there and must be refunded");
        }
        if (status.paid()) {
            throw new RefusedMove("a second approval for the paid purchase " + shortId(purchaseId) + " by "
                    + creditCompany + ": the buyer was charged twice and must be refunded");
        }
        moveTo(PurchaseStatus.PAID, now);
        this.settledBy = creditCompany;
        this.settlementId = settlementId;
        this.declineReason = null;
        return true;
    }

    /**
     * The designated credit company declined the payment: the buyer may try again, there or at another company.
     * After a payment it changes nothing, and so does a decline from a company no longer designated.
     */
    public boolean decline(String creditCompany, String reason, Instant now) {
        if (status.paid() || !creditCompany.equals(this.creditCompany)) {
            return false;
        }
        moveTo(PurchaseStatus.PAYMENT_DECLINED, now);
        this.settledBy = creditCompany;
        this.declineReason = reason;
        this.paymentPendingUntil = null;
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
    public Instant paymentPendingUntil() { return paymentPendingUntil; }
    public String settledBy() { return settledBy; }
    public String settlementId() { return settlementId; }
    public String declineReason() { return declineReason; }
    public String shippingCompany() { return shippingCompany; }
    public String shippingId() { return shippingId; }
    public Instant createdAt() { return createdAt; }
    public Instant payableUntil() { return payableUntil; }
    public Instant updatedAt() { return updatedAt; }
}
