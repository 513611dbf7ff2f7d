package io.anonpay.credit.card.control;

import io.anonpay.common.metrics.Metrics;
import io.anonpay.credit.card.entity.Card;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Keeps the count of consecutive failed passwords under a row lock, so that concurrent guesses are all counted
 * and a lock set by one of them is seen by every other. The lock state read here, after the password check, is
 * the one that counts: a right guess that races a lock still finds the card locked.
 */
@Stateless
public class CardLockout {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    Metrics metrics;

    /** Commits on its own: a failure counts even though the payment that carried it records nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PasswordVerdict recordFailure(long cardId, Instant now) {
        Card card = em.find(Card.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        boolean lockedBefore = card.lockedAt(now);
        card.passwordRejected(now);
        if (!lockedBefore && card.lockedAt(now)) {
            metrics.cardLocked();
        }
        return PasswordVerdict.wrongPassword(card, now);
    }

    /** The password matched: admit the cardholder unless the card is locked meanwhile; ends a run of failures. */
    public PasswordVerdict admit(long cardId, Instant now) {
        Card card = em.find(Card.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (card.lockedAt(now)) {
            return PasswordVerdict.locked(card);
        }
        card.passwordAccepted();
        return PasswordVerdict.accepted(card);
    }

    /**
     * A payment session pays: no password was given now, so a run of failures since the session opened is not
     * ended; a card locked or closed meanwhile is refused.
     */
    public PasswordVerdict admitInSession(long cardId, Instant now) {
        Card card = em.find(Card.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (card == null || !card.usable()) {
            return PasswordVerdict.unknownCard();
        }
        if (card.lockedAt(now)) {
            return PasswordVerdict.locked(card);
        }
        return PasswordVerdict.accepted(card);
    }
}
