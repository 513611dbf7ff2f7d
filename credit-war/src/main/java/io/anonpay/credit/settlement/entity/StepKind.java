package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentUpdate;

/** The steps of a payment: its hold at approval, then what the mall asks for, or the expiry of the hold. */
public enum StepKind {
    HOLD, CAPTURE, VOID, EXPIRY, REFUND;

    public static StepKind of(PaymentRequest.Action action) {
        return switch (action) {
            case CAPTURE -> CAPTURE;
            case VOID -> VOID;
            case REFUND -> REFUND;
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
        };
    }
}
