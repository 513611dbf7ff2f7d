package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentUpdate.Refusal;
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
 * One step of a payment, as it was applied or refused; written once and never changed (the table is
 * append-only, sql/credit/V3). A request id names the mall's request, which applies once: a repeated one finds
 * its step here. The fee line's steps are never refused and carry no request id (sql/credit/V4).
 */
@Entity
@Table(name = "payment_step")
@NamedQuery(name = PaymentStep.BY_REQUEST, query = "select p from PaymentStep p where p.requestId = :requestId")
@NamedQuery(name = PaymentStep.APPLIED_TO, query = "select p from PaymentStep p where p.settlement.id in :settlements"
        + " and p.refusal is null order by p.createdAt, p.id")
public class PaymentStep {

    public static final String BY_REQUEST = "PaymentStep.byRequest";
    public static final String APPLIED_TO = "PaymentStep.appliedTo";

    /** Whether the step changed the payment. */
    public enum Outcome { APPLIED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "settlement_ref", nullable = false, updatable = false)
    private Settlement settlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private StepKind kind;

    @Column(name = "request_id", length = 64, updatable = false)
    private String requestId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
            @AttributeOverride(name = "currency",
                    column = @Column(name = "currency", nullable = false, updatable = false))})
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, updatable = false)
    private Refusal refusal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PaymentStep() {
    }

    private PaymentStep(Settlement settlement, StepKind kind, String requestId, Money amount, Refusal refusal,
            Instant createdAt) {
        this.settlement = settlement;
        this.kind = kind;
        this.requestId = requestId;
        this.amount = amount;
        this.outcome = refusal == null ? Outcome.APPLIED : Outcome.REFUSED;
        this.refusal = refusal;
        this.createdAt = createdAt;
    }

    /** The approval's hold of the whole sum. */
    public static PaymentStep hold(Settlement settlement, Instant now) {
        return new PaymentStep(settlement, StepKind.HOLD, null, settlement.sum(), null, now);
    }

    /** The approval's hold of the shipping fee, with the sum. */
    public static PaymentStep feeHold(Settlement settlement, Instant now) {
        return new PaymentStep(settlement, StepKind.FEE_HOLD, null, settlement.fee().orElseThrow(), null, now);
    }

    /** @param requestId the mall's request, or null for an expiry and a step of the fee line */
    public static PaymentStep of(Settlement settlement, Move move, String requestId, Instant now) {
        return new PaymentStep(settlement, move.kind(), requestId, move.amount(), move.refusal(), now);
    }

    public Settlement settlement() {
        return settlement;
    }

    public StepKind kind() {
        return kind;
    }

    public String requestId() {
        return requestId;
    }

    public Money amount() {
        return amount;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
