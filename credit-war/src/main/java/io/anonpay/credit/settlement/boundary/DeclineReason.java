package io.anonpay.credit.settlement.boundary;

/**
 * Why a payment was declined, as the buyer is told. The first three are also what the mall may hear; the others
 * are for the buyer only, because they leave the purchase open for another try.
 */
public enum DeclineReason {
    /** The card's usage balance is below the sum. Final: the purchase is declined and the mall told. */
    INSUFFICIENT_BALANCE,
    /** Unknown card or wrong password (deliberately not told apart). Try again. */
    CARD_REJECTED,
    /** Too many wrong passwords: the card is locked until {@code lockedUntil}. Another card may pay. */
    CARD_LOCKED,
    /** The card holds another currency than the payment sum. Another card may pay. */
    CURRENCY_MISMATCH
}
