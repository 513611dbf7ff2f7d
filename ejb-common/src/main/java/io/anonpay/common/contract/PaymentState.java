package io.anonpay.common.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an approved payment stands at the credit company, and as the mall mirrors it from the credit company's
 * updates. An approval holds the sum on the card ({@link #AUTHORIZED}); the hold becomes a debit when the mall
 * captures it, or is released by a void or by expiry; captured money goes back in one or more refunds.
 */
public enum PaymentState {
    /** The sum is held on the card: the cardholder cannot spend it, and it is not debited yet. */
    AUTHORIZED,
    /** The hold became a debit. */
    CAPTURED,
    /** Part of the captured sum went back to the card. */
    PARTIALLY_REFUNDED,
    /** All of the captured sum went back to the card. */
    REFUNDED,
    /** The mall released the hold before capturing it. */
    VOIDED,
    /** Nobody captured the hold in time; the credit company released it. */
    EXPIRED;

    /** Every allowed move, in one place; a state not listed is final. */
    public Set<PaymentState> allowedMoves() {
        return switch (this) {
            case AUTHORIZED -> EnumSet.of(CAPTURED, VOIDED, EXPIRED);
            case CAPTURED, PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case REFUNDED, VOIDED, EXPIRED -> EnumSet.noneOf(PaymentState.class);
        };
    }

    public boolean mayMoveTo(PaymentState next) {
        return allowedMoves().contains(next);
    }

    /** Whether the sum is held on the card now. */
    public boolean held() {
        return this == AUTHORIZED;
    }

    /** Whether money was taken from the card, whatever went back since. */
    public boolean captured() {
        return switch (this) {
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> true;
            case AUTHORIZED, VOIDED, EXPIRED -> false;
        };
    }
}
