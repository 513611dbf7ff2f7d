package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PaymentUpdate.Refusal;
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
import java.util.Objects;
import java.util.Optional;

/**
 * The final outcome for one purchase: approved (the sum and the shipping fee are held on the card; the settlement
 * identifier seals the customer's name to our own key) or declined for lack of balance. At most one per purchase:
 * the unique {@code purchase_key} guarantees it whatever races.
 * <p>
 * An approved settlement is a payment with a {@link PaymentState}, and owns its moves: {@link #capture},
 * {@link #voidHold}, {@link #refund} and {@link #expire} each say what they did ({@link Move}: applied, or refused
 * with the reason the mall is told) and change the payment only when applied. Its {@link FeeLine} moves apart from
 * the goods: {@link #claimFee}, {@link #releaseFee} and {@link #expireFee}. Moving the money on the card is the
 * caller's part, by the move's kind ({@code CardBalance}).
 */
@Entity
@Table(name = "settlement")
@NamedQuery(name = Settlement.BY_PURCHASE_KEY, query = "select s from Settlement s where s.purchaseKey = :key")
@NamedQuery(name = Settlement.OF_CARD,
        query = "select s from Settlement s where s.card.id = :card order by s.createdAt desc, s.id desc")
@NamedQuery(name = Settlement.HOLDS_DUE, query = "select s.id from Settlement s where s.state ="
        + " io.anonpay.common.contract.PaymentState.AUTHORIZED and s.authorizedUntil <= :now order by s.authorizedUntil")
@NamedQuery(name = Settlement.FEES_DUE, query = "select s.id from Settlement s where s.feeLine.state ="
        + " io.anonpay.credit.settlement.entity.FeeState.HELD and s.authorizedUntil <= :now order by s.authorizedUntil")
public class Settlement {

    public static final String BY_PURCHASE_KEY = "Settlement.byPurchaseKey";
    public static final String HOLDS_DUE = "Settlement.holdsDue";
    public static final String FEES_DUE = "Settlement.feesDue";
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

    /** Null for a declined settlement: there is no payment. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private PaymentState state;

    @Column(name = "captured_amount", nullable = false)
    private long captured;

    @Column(name = "refunded_amount", nullable = false)
    private long refunded;

    /** When the hold expires unless captured or voided before; null for a declined or a legacy settlement. */
    @Column(name = "authorized_until")
    private Instant authorizedUntil;

    /** The mall whose instructions paid: only its requests apply, and its updates are addressed to it. */
    @Column(nullable = false, length = 200)
    private String mall;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null for a settlement made before fees. */
    @Embedded
    private FeeLine feeLine;

    protected Settlement() {
    }

    private Settlement(String purchaseId, Card card, String settlementId, Money sum, FeeLine feeLine, Outcome outcome,
            DeclineReason declineReason, String mall, Instant createdAt) {
        this.purchaseKey = PurchaseKey.of(purchaseId).bytes();
        this.purchaseId = purchaseId;
        this.card = card;
        this.settlementId = settlementId;
        this.sum = sum;
        this.feeLine = Objects.requireNonNull(feeLine);
        this.outcome = outcome;
        this.declineReason = declineReason;
        this.mall = Objects.requireNonNull(mall);
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Approved: the sum is held on the card until captured, voided, or {@code authorizedUntil}; the shipping fee
     * with it, until claimed or released.
     */
    public static Settlement authorized(String purchaseId, Card card, String settlementId, Money sum, FeeLine fee,
            String mall, Instant now, Instant authorizedUntil) {
        Settlement settlement = new Settlement(purchaseId, card, settlementId, sum, fee, Outcome.APPROVED, null, mall,
                now);
        settlement.state = PaymentState.AUTHORIZED;
        settlement.authorizedUntil = authorizedUntil;
        fee.hold();
        return settlement;
    }

    /** Declined: nothing held; the shipping terms it was asked for are kept, for the cardholder's statement. */
    public static Settlement declined(String purchaseId, Card card, Money sum, FeeLine fee, DeclineReason reason,
            String mall, Instant now) {
        return new Settlement(purchaseId, card, null, sum, fee, Outcome.DECLINED, reason, mall, now);
    }

    /** The mall captures the hold: the whole authorised sum, in its currency. */
    public Move capture(Money amount, Instant now) {
        return whole(StepKind.CAPTURE, PaymentState.CAPTURED, amount, now);
    }

    /** The mall releases the hold: the whole authorised sum, in its currency. */
    public Move voidHold(Money amount, Instant now) {
        return whole(StepKind.VOID, PaymentState.VOIDED, amount, now);
    }

    /** Gives back part or all of what remains captured; several refunds may follow one another. */
    public Move refund(Money amount, Instant now) {
        requirePayment();
        if (!amount.sameCurrencyAs(sum)) {
            throw new IllegalArgumentException("a refund in " + amount.currency() + " of a payment in "
                    + sum.currency());
        }
        if (!state.captured()) {
            return Move.refused(StepKind.REFUND, amount, Refusal.NOT_CAPTURED);
        }
        long left = captured - refunded;
        if (amount.amount() > left) {
            return Move.refused(StepKind.REFUND, amount, Refusal.EXCEEDS_CAPTURED);
        }
        PaymentState next = amount.amount() == left ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED;
        if (!state.mayMoveTo(next)) {
            return Move.refused(StepKind.REFUND, amount, Refusal.EXCEEDS_CAPTURED);
        }
        refunded += amount.amount();
        moveTo(next, now);
        return Move.applied(StepKind.REFUND, amount);
    }

    /**
     * Releases a hold whose time ran out by {@code now}; empty when there is none to release (captured, voided or
     * expired meanwhile, or not due yet).
     */
    public Optional<Move> expire(Instant now) {
        requirePayment();
        if (!state.mayMoveTo(PaymentState.EXPIRED) || authorizedUntil == null || now.isBefore(authorizedUntil)) {
            return Optional.empty();
        }
        moveTo(PaymentState.EXPIRED, now);
        return Optional.of(Move.applied(StepKind.EXPIRY, sum));
    }

    /**
     * The shipping company of the instructions claims the fee still held: it is debited, and the line keeps whether
     * the parcel's recipient is the cardholder. The caller has made sure the claim may apply at all.
     */
    public Move claimFee(boolean recipientIsCardholder, Instant now) {
        requirePayment();
        requireFeeLine().claim(recipientIsCardholder);
        updatedAt = now;
        return Move.applied(StepKind.FEE_CLAIM, fee().orElseThrow());
    }

    /**
     * Gives a fee still held back to the card, when the goods are voided or expire; empty when there is none held
     * (claimed before, or a settlement made before fees).
     */
    public Optional<Move> releaseFee(Instant now) {
        requirePayment();
        if (feeLine == null || feeLine.state() != FeeState.HELD) {
            return Optional.empty();
        }
        feeLine.release();
        updatedAt = now;
        return Optional.of(Move.applied(StepKind.FEE_RELEASE, fee().orElseThrow()));
    }

    /**
     * Releases a fee nobody claimed by {@code authorizedUntil} although the goods were taken: the parcel was never
     * accepted, or its claim never came. Empty while the goods are held (their own expiry releases both), before
     * that time, or when no fee is held.
     */
    public Optional<Move> expireFee(Instant now) {
        requirePayment();
        if (state.held() || authorizedUntil == null || now.isBefore(authorizedUntil)) {
            return Optional.empty();
        }
        return releaseFee(now);
    }

    /** What the mall is told of a move: the payment's state and totals after it. */
    public PaymentUpdate update(Move move, String requestId, String creditCompany) {
        requirePayment();
        return new PaymentUpdate(purchaseId, requestId, move.event(), move.amount().toContract(),
                new Money(captured, sum.currency()).toContract(), new Money(refunded, sum.currency()).toContract(),
                state, move.refusal(), creditCompany);
    }

    /** Capture and void take the whole hold; both need it to be there still. */
    private Move whole(StepKind kind, PaymentState next, Money amount, Instant now) {
        requirePayment();
        if (!state.mayMoveTo(next)) {
            return Move.refused(kind, amount, Refusal.NOT_HELD);
        }
        if (amount.amount() != sum.amount() || !amount.sameCurrencyAs(sum)) {
            return Move.refused(kind, amount, Refusal.AMOUNT_MISMATCH);
        }
        if (next == PaymentState.CAPTURED) {
            captured = sum.amount();
        }
        moveTo(next, now);
        return Move.applied(kind, sum);
    }

    private void moveTo(PaymentState next, Instant now) {
        state = next;
        updatedAt = now;
    }

    private void requirePayment() {
        if (state == null) {
            throw new IllegalStateException("a declined settlement has no payment to move");
        }
    }

    private FeeLine requireFeeLine() {
        if (feeLine == null) {
            throw new IllegalStateException("a settlement made before fees has no fee line");
        }
        return feeLine;
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

    /** The shipping fee, in the sum's currency; empty for a settlement made before fees. */
    public Optional<Money> fee() {
        return feeLine == null ? Optional.empty() : Optional.of(new Money(feeLine.amount(), sum.currency()));
    }

    /** The shipping line; null for a settlement made before fees. */
    public FeeLine feeLine() {
        return feeLine;
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

    public Card card() {
        return card;
    }

    /** Null when declined. */
    public PaymentState state() {
        return state;
    }

    public Money captured() {
        return new Money(captured, sum.currency());
    }

    public Money refunded() {
        return new Money(refunded, sum.currency());
    }

    public Instant authorizedUntil() {
        return authorizedUntil;
    }

    public String mall() {
        return mall;
    }
}
