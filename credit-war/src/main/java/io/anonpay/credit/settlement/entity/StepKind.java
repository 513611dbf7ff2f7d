package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentUpdate;

/**
 * The steps of a payment: its hold at approval, then what the mall asks for, or the expiry of the hold; and the
 * steps of its shipping fee line: held with the goods, then claimed by the shipping company or released.
 */
public enum StepKind {
    HOLD, CAPTURE, VOID, EXPIRY, REFUND, FEE_HOLD, FEE_CLAIM, FEE_RELEASE;

    public static StepKind of(PaymentRequest.Action action) {
        return switch (action) {
            case CAPTURE -> CAPTURE;
            case VOID -> VOID;
            case REFUND -> REFUND;
        };
    }

    /** Whether the step moves the shipping fee, which the mall does not track: it is told nothing of it. */
    public boolean ofFee() {
        return switch (this) {
            case FEE_HOLD, FEE_CLAIM, FEE_RELEASE -> true;
            case HOLD, CAPTURE, VOID, EXPIRY, REFUND -> false;
        };
    }

    /** What the mall is told when this step applied; a hold is told by the settlement result instead. */
    PaymentUpdate.Event applied() {
        return switch (this) {
            case CAPTURE -> PaymentUpdate.Event.CAPTURED;
            case VOID -> PaymentUpdate.Event.VOIDED;
            case EXPIRY -> PaymentUpdate.Event.EXPIRED;
            case REFUND -> PaymentUpdate.Event.REFUNDED;
            case HOLD -> throw new IllegalStateException("a hold is told by the settlement result");
            case FEE_HOLD, FEE_CLAIM, FEE_RELEASE -> throw new IllegalStateException("the mall does not track the fee");
        };
    }
}
