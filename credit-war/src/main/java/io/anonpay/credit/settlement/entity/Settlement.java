package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The final outcome for one purchase: approved (the card was debited; the settlement identifier seals the
 * customer's name to our own key) or declined for lack of balance. At most one per purchase: the unique
 * {@code purchase_key} guarantees it whatever races.
 */
@Entity
@Table(name = "settlement")
@NamedQuery(name = Settlement.BY_PURCHASE_KEY, query = "select s from Settlement s where s.purchaseKey = :key")
@NamedQuery(name = Settlement.OF_CARD,
        query = "select s from Settlement s where s.card.id = :card order by s.createdAt desc, s.id desc")
public class Settlement {

    public static final String BY_PURCHASE_KEY = "Settlement.byPurchaseKey";
    public static final String OF_CARD = "Settlement.ofCard";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The purchase's {@link PurchaseKey}: a fixed-size key for the unique index, whatever the id's length. */
    @Column(name = "purchase_key", nullable = false, unique = true)
    private byte[] purchaseKey;

    @Column(name = "purchase_id", nullable = false)
    private String purchaseId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "card_id", nullable = false)
    private Card card;

    @Column(name = "settlement_id")
    private String settlementId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "sum_amount", nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "sum_currency", nullable = false))})
    private Money sum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 32)
    private DeclineReason declineReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Settlement() {
    }

    private Settlement(String purchaseId, Card card, String settlementId, Money sum, Outcome outcome,
            DeclineReason declineReason, Instant createdAt) {
        this.purchaseKey = PurchaseKey.of(purchaseId).bytes();
        this.purchaseId = purchaseId;
        this.card = card;
        this.settlementId = settlementId;
        this.sum = sum;
        this.outcome = outcome;
        this.declineReason = declineReason;
        this.createdAt = createdAt;
    }

    public static Settlement approved(String purchaseId, Card card, String settlementId, Money sum, Instant now) {
        return new Settlement(purchaseId, card, settlementId, sum, Outcome.APPROVED, null, now);
    }

    public static Settlement declined(String purchaseId, Card card, Money sum, DeclineReason reason, Instant now) {
        return new Settlement(purchaseId, card, null, sum, Outcome.DECLINED, reason, now);
    }

    /** The signed message's content for the mall. */
    public SettlementResult toResult(String creditCompany) {
        return new SettlementResult(purchaseId, settlementId, sum.toContract(), outcome, declineReason, creditCompany);
    }

    public Long id() {
        return id;
    }

    public String purchaseId() {
        return purchaseId;
    }

    public Money sum() {
        return sum;
    }

    public Outcome outcome() {
        return outcome;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    public String settlementId() {
        return settlementId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
