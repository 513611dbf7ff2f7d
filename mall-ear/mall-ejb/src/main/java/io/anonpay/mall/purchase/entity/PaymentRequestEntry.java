package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.mall.catalog.entity.Money;
import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One request the mall made to a credit company about a purchase's payment (capture, void, refund), and that
 * company's answer. The reason of an operator's refund stays here: it never travels, and the buyer never sees it.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequestEntry {

    /** Who made the mall ask. */
    public enum RequestedBy { BUYER, OPERATOR, AUTOMATIC }

    /** Where the request stands: sent and not answered yet, or answered. */
    public enum Status { REQUESTED, APPLIED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "purchase_ref", nullable = false, updatable = false)
    private Purchase purchase;

    @Column(name = "request_id", nullable = false, unique = true, length = 64, updatable = false)
    private String requestId;

    @Column(name = "credit_company", nullable = false, length = 64, updatable = false)
    private String creditCompany;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private PaymentRequest.Action action;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3,
            updatable = false))
    private Money amount;

    @Column(length = 500, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, length = 9, updatable = false)
    private RequestedBy requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private PaymentUpdate.Refusal refusal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PaymentRequestEntry() {
    }

    PaymentRequestEntry(Purchase purchase, String creditCompany, PaymentRequest.Action action, Money amount,
                        String reason, RequestedBy requestedBy, Instant now) {
        this.purchase = purchase;
        this.requestId = UUID.randomUUID().toString();
        this.creditCompany = creditCompany;
        this.action = action;
        this.amount = amount;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.status = Status.REQUESTED;
        this.createdAt = now;
    }

    /**
     * The credit company answered. The same answer again changes nothing; a different one for a request it already
     * answered is refused: it applies each request once.
     */
    void answer(PaymentUpdate update, Instant now) {
        Status answer = update.event() == PaymentUpdate.Event.REFUSED ? Status.REFUSED : Status.APPLIED;
        if (status != Status.REQUESTED) {
            if (status != answer || refusal != update.refusal()) {
                throw new RefusedMove("request " + requestId + " was " + status + " already, now reported "
                        + answer);
            }
            return;
        }
        status = answer;
        refusal = update.refusal();
        answeredAt = now;
    }

    /** The event the credit company reports when it applies this request. */
    PaymentUpdate.Event appliedAs() {
        return switch (action) {
            case CAPTURE -> PaymentUpdate.Event.CAPTURED;
            case VOID -> PaymentUpdate.Event.VOIDED;
            case REFUND -> PaymentUpdate.Event.REFUNDED;
        };
    }

    /** Not answered yet. */
    public boolean inFlight() {
        return status == Status.REQUESTED;
    }

    /** The signed message's content: the purchase, the action, the amount; no reason. */
    public PaymentRequest toContract(String mall) {
        return new PaymentRequest(requestId, purchase.purchaseId(), action, amount.toContract(), mall, creditCompany);
    }

    public Purchase purchase() { return purchase; }
    public String requestId() { return requestId; }
    public String creditCompany() { return creditCompany; }
    public PaymentRequest.Action action() { return action; }
    public Money amount() { return amount; }
    public String reason() { return reason; }
    public RequestedBy requestedBy() { return requestedBy; }
    public Status status() { return status; }
    public PaymentUpdate.Refusal refusal() { return refusal; }
    public Instant createdAt() { return createdAt; }
    public Instant answeredAt() { return answeredAt; }
}
