package io.anonpay.credit.settlement.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the shipping fee of a payment stands. It is held on the card with the goods; the shipping company named in
 * the instructions claims it once it accepts the parcel, or it is released: with the goods (void, expiry), or at
 * the payment's {@code authorized_until} when nobody claimed it.
 */
public enum FeeState {
    /** Held on the card for the shipping company: the cardholder cannot spend it, and it is not debited yet. */
    HELD,
    /** The shipping company claimed it: debited. */
    CLAIMED,
    /** Given back to the card's available amount; nobody may claim it any more. */
    RELEASED;

    /** Every allowed move, in one place: a fee line ends once, claimed or released. */
    public Set<FeeState> allowedMoves() {
        return switch (this) {
            case HELD -> EnumSet.of(CLAIMED, RELEASED);
            case CLAIMED, RELEASED -> EnumSet.noneOf(FeeState.class);
        };
    }

    public boolean mayMoveTo(FeeState next) {
        return allowedMoves().contains(next);
    }
}
