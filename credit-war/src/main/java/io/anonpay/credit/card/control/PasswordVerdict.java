package io.anonpay.credit.card.control;

import io.anonpay.credit.card.entity.Card;

import java.time.Instant;

/**
 * What checking a cardholder's card number and password came to. Unknown cards and wrong passwords are told apart
 * only here, inside the server: callers answer both the same way, so nobody can probe which card numbers exist.
 */
public record PasswordVerdict(Kind kind, Long cardId, int attemptsLeft, Instant lockedUntil) {

    public enum Kind {
        /** The password matched and the card may be used. */
        ACCEPTED,
        /** No usable card has this number. */
        UNKNOWN_CARD,
        /** The password did not match; {@code attemptsLeft} more failures lock the card. */
        WRONG_PASSWORD,
        /** Too many failures: no password is compared until {@code lockedUntil}. */
        LOCKED
    }

    public static PasswordVerdict accepted(Card card) {
        return new PasswordVerdict(Kind.ACCEPTED, card.id(), Card.MAX_FAILED_ATTEMPTS, null);
    }

    public static PasswordVerdict unknownCard() {
        return new PasswordVerdict(Kind.UNKNOWN_CARD, null, 0, null);
    }

    /** After a failure, or on finding the card locked: locked or not, as the card now says. */
    public static PasswordVerdict rejected(Card card, Instant now) {
        return card.lockedAt(now)
                ? new PasswordVerdict(Kind.LOCKED, card.id(), 0, card.lockedUntil())
                : new PasswordVerdict(Kind.WRONG_PASSWORD, card.id(), card.attemptsLeft(now), null);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }

    /** Claim 5: the buyer is told whether the password matched. */
    public boolean passwordMatched() {
        return kind == Kind.ACCEPTED;
    }
}
