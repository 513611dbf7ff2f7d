package io.anonpay.credit.settlement.boundary;

import io.anonpay.credit.card.control.PasswordVerdict;

/**
 * What this request's password check came to, as the buyer is told it (claim 5, docs/claims.md). NOT_CHECKED: no
 * password was compared in this request because a payment session paid (its password was checked when it
 * opened), or no comparison counts because the card was found locked: the lock refuses every password, the right
 * one too, until {@code lockedUntil} (and a lock set while a password was being compared wins, see CardLockout).
 * The wrong password that locks the card is NOT_MATCHED: it was compared.
 */
public enum PasswordCheck {
    MATCHED, NOT_MATCHED, NOT_CHECKED;

    /** A card number and password were given; the cardholder was admitted or refused as the verdict says. */
    static PasswordCheck of(PasswordVerdict verdict) {
        if (verdict.accepted()) {
            return MATCHED;
        }
        return verdict.passwordWrong() ? NOT_MATCHED : NOT_CHECKED;
    }
}
