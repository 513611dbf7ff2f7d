package io.anonpay.credit.settlement.control;

import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.settlement.entity.Settlement;

/** What the settlement transaction did: recorded an outcome, found one, or recorded nothing and why. */
public record Ledgered(Status status, Settlement settlement, PasswordVerdict lock) {

    public enum Status {
        /** This request recorded the purchase's outcome (approved or declined) and its result for the mall. */
        RECORDED,
        /** The purchase already had an outcome; it is returned unchanged and nothing was debited. */
        ALREADY_RECORDED,
        /** The card holds another currency than the sum: nothing recorded, another card may pay. */
        CURRENCY_MISMATCH,
        /** The card was locked by concurrent failures while its password was being checked. */
        CARD_LOCKED
    }

    static Ledgered recorded(Settlement settlement) {
        return new Ledgered(Status.RECORDED, settlement, null);
    }

    public static Ledgered existing(Settlement settlement) {
        return new Ledgered(Status.ALREADY_RECORDED, settlement, null);
    }

    static Ledgered currencyMismatch() {
        return new Ledgered(Status.CURRENCY_MISMATCH, null, null);
    }

    static Ledgered locked(PasswordVerdict lock) {
        return new Ledgered(Status.CARD_LOCKED, null, lock);
    }
}
