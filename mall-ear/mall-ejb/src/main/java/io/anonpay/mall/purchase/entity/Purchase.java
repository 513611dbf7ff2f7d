package io.anonpay.mall.purchase.entity;

import jakarta.persistence.Column;
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
 * shipping companies reported — never anything about the buyer.
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

    @Column(name = "sum_amount", nullable = false)
    private long sumAmount;

    @Column(name = "sum_currency", nullable = false, length = 3)
    private String sumCurrency;

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

    public Purchase(byte[] purchaseKey, String purchaseId, Totals totals, Instant now, Instant payableUntil) {
        this.purchaseKey = purchaseKey;
        this.purchaseId = purchaseId;
        this.status = PurchaseStatus.AWAITING_PAYMENT;
        this.sumAmount = totals.sumAmount();
        this.sumCurrency = totals.currency();
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

    public void paid(String creditCompany, String settlementId, Instant now) {
        this.status = PurchaseStatus.PAID;
        this.settledBy = creditCompany;
        this.settlementId = settlementId;
        this.declineReason = null;
        this.updatedAt = now;
    }

    public void declined(String creditCompany, String reason, Instant now) {
        this.status = PurchaseStatus.PAYMENT_DECLINED;
        this.settledBy = creditCompany;
        this.declineReason = reason;
        this.updatedAt = now;
    }

    public void shipping(String shippingId, PurchaseStatus newStatus, Instant now) {
        this.shippingId = shippingId;
        this.status = newStatus;
        this.updatedAt = now;
    }

    public boolean sumIs(long amount, String currency) {
        return sumAmount == amount && sumCurrency.equals(currency);
    }

    public String purchaseId() { return purchaseId; }
    public PurchaseStatus status() { return status; }
    public long sumAmount() { return sumAmount; }
    public String sumCurrency() { return sumCurrency; }
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
