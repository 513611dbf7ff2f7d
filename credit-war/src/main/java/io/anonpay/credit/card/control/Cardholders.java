package io.anonpay.credit.card.control;

import io.anonpay.common.metrics.Metrics;
import io.anonpay.credit.card.entity.Card;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a card number and password. Runs outside any transaction, so the slow Argon2 check holds no database
 * connection; only a failure is written, in a short transaction of its own. Exactly one Argon2 check per call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Cardholders {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    CardNumberHash numberHash;

    @Inject
    PasswordChecks passwords;

    @EJB
    CardLockout lockout;

    @Inject
    Metrics metrics;

    /**
     * @return ACCEPTED only when the password matched; the caller then admits the card under a row lock
     *         ({@link CardLockout#admit}) in its own transaction
     */
    public PasswordVerdict check(String typedNumber, String password, Instant now) {
        PasswordVerdict verdict = compare(typedNumber, password, now);
        metrics.passwordCheck(verdict.accepted() ? "matched" : verdict.cardId() == null ? "unknown_card"
                : verdict.passwordWrong() ? "wrong" : "locked");
        return verdict;
    }

    private PasswordVerdict compare(String typedNumber, String password, Instant now) {
        Optional<Card> found = byNumber(CardNumbers.normalize(typedNumber)).filter(Card::usable);
        if (found.isEmpty()) {
            passwords.decoyCheck(password);
            return PasswordVerdict.unknownCard();
        }
        Card card = found.get();
        if (card.lockedAt(now)) {
            return PasswordVerdict.locked(card);
        }
        if (passwords.matches(password, card.password())) {
            return PasswordVerdict.accepted(card);
        }
        return lockout.recordFailure(card.id(), now);
    }

    public Optional<Card> byNumber(String number) {
        return em.createNamedQuery(Card.BY_NUMBER_HASH, Card.class)
                .setParameter("hash", numberHash.of(number))
                .getResultStream().findFirst();
    }
}
