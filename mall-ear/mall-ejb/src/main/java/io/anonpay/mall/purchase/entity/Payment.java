package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PaymentState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A purchase's payment as the mall mirrors it from the credit company's updates, in the purchase's currency. Updates
 * carry the payment's state and totals after each step and may arrive in any order: the mirror only moves forward
 * ({@link PaymentState#allowedMoves()}, totals that never shrink), so a late or repeated update changes nothing.
 */
@Embeddable
public class Payment {

    /** Null until a credit company approved the purchase. */
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state", length = 24)
    private PaymentState state;

    @Column(name = "captured_amount", nullable = false)
    private long captured;

    @Column(name = "refunded_amount", nullable = false)
    private long refunded;

    protected Payment() {
    }

    static Payment none() {
        return new Payment();
    }

    /** The approval held the sum on the card. */
    void authorize() {
        state = PaymentState.AUTHORIZED;
    }

    /**
     * Follows the credit company's word on the payment, if it is ahead of what the mall knows.
     *
     * @return whether the mirror changed: false for a duplicate or a stale update
     */
    boolean mirror(PaymentState next, long capturedNow, long refundedNow) {
        if (state == null || (next == state && capturedNow == captured && refundedNow == refunded)) {
            return false;
        }
        if (!state.mayMoveTo(next) || capturedNow < captured || refundedNow < refunded) {
            return false;
        }
        state = next;
        captured = capturedNow;
        refunded = refundedNow;
        return true;
    }

    public PaymentState state() {
        return state;
    }

    /** Whether the purchase was approved at all. */
    public boolean exists() {
        return state != null;
    }

    /** Whether the sum is held on the card, as far as the mall knows. */
    public boolean held() {
        return state != null && state.held();
    }

    /** Whether the credit company confirmed the capture. */
    public boolean captured() {
        return state != null && state.captured();
    }

    /** Whether no request can change the payment any more: the hold is gone without a capture. */
    boolean released() {
        return state == PaymentState.VOIDED || state == PaymentState.EXPIRED;
    }

    public long capturedAmount() {
        return captured;
    }

    public long refundedAmount() {
        return refunded;
    }
}
