package io.anonpay.mall.purchase.entity;

/**
 * A report or a request a purchase refuses: following it would break one of its rules (the message says which).
 * A partner's report carries no {@link Rule}; what the buyer or the operator asked for names the rule it broke, so
 * that they get a stable answer.
 */
public class RefusedMove extends RuntimeException {

    /** The rules a buyer's or an operator's request can break. */
    public enum Rule {
        /** Instructions to pay a purchase that is paid, cancelled or expired. */
        NOT_PAYABLE,
        /** Another credit or shipping company while a payment at the designated credit company may be pending. */
        PAYMENT_PENDING,
        /** A cancellation after a shipping company reported the parcel. */
        ALREADY_SHIPPED,
        /** A refund of a payment whose capture the credit company has not confirmed. */
        NOT_CAPTURED,
        /** A refund of more than remains captured, net of the refunds on their way. */
        REFUND_EXCEEDS_CAPTURED,
        /** An amount in another currency than the purchase's. */
        OTHER_CURRENCY,
        /** An amount of zero. */
        NOT_POSITIVE
    }

    private final Rule rule;

    public RefusedMove(String message) {
        this(null, message);
    }

    public RefusedMove(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule broken, or null for a partner's report. */
    public Rule rule() {
        return rule;
    }
}
