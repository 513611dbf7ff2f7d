package io.anonpay.credit.card.control;

import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.credit.card.entity.Card;

import java.time.Instant;

/**
 * What checking a cardholder's card number and password came to: accepted, or refused in the words the buyer is
 * told ({@code refusal}: {@code CARD_REJECTED} for an unknown card or a wrong password, {@code CARD_LOCKED}). Only a
 * wrong password on a known card carries {@code attemptsLeft}: the failures still allowed before the card locks.
 * {@code passwordWrong}: a password was compared and did not match (an unknown card answers the same); false when
 * the card was found locked and no comparison counted.
 */
public record PasswordVerdict(Long cardId, DeclineReason refusal, Integer attemptsLeft, Instant lockedUntil,
        boolean passwordWrong) {

    public static PasswordVerdict accepted(Card card) {
        return new PasswordVerdict(card.id(), null, null, null, false);
    }

    public static PasswordVerdict unknownCard() {
        return new PasswordVerdict(null, DeclineReason.CARD_REJECTED, null, null, true);
    }

    /** After a wrong password was counted: the card may have locked with this very failure. */
    public static PasswordVerdict wrongPassword(Card card, Instant now) {
        return card.lockedAt(now)
                ? new PasswordVerdict(card.id(), DeclineReason.CARD_LOCKED, null, card.lockedUntil(), true)
                : new PasswordVerdict(card.id(), DeclineReason.CARD_REJECTED, card.attemptsLeft(now), null, true);
    }

    /** The card was found locked: every password is refused, so none was compared (or none counts). */
    public static PasswordVerdict locked(Card card) {
        return new PasswordVerdict(card.id(), DeclineReason.CARD_LOCKED, null, card.lockedUntil(), false);
    }

    /** The password matched and the card may pay. Claim 5 (docs/claims.md): the buyer is told either way. */
    public boolean accepted() {
        return refusal == null;
    }

    /** The refusal as a problem, for the answers that are problems: statements and payment sessions. */
    public ProblemException problem() {
        if (refusal == DeclineReason.CARD_LOCKED) {
            return new ProblemException("card-locked", "Card locked", 423,
                    "this card is locked after too many wrong passwords until " + lockedUntil);
        }
        return new ProblemException("card-rejected", "Card rejected", 403, "card number or password not recognised"
                + (attemptsLeft != null ? "; attempts left before the card locks: " + attemptsLeft : ""));
    }
}
