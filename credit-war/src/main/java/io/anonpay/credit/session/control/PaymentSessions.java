package io.anonpay.credit.session.control;

import io.anonpay.common.problem.ProblemException;
import io.anonpay.credit.card.control.CardLockout;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.control.Cardholders;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.control.Payer;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.session.entity.PaymentSession;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Opens payment sessions (one password check, answered like a statement) and finds the card of a valid one.
 * The token is returned once and never logged or stored; the database holds its SHA-256.
 */
@Stateless
public class PaymentSessions {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @EJB
    Cardholders cardholders;

    @EJB
    CardLockout lockout;

    @Inject
    @ConfigProperty(name = "credit.session.ttl", defaultValue = "PT10M")
    Duration ttl;

    /** What the buyer gets: the token (only here, only once), until when it pays, and which card it pays with. */
    public record Opened(String token, Instant expiresAt, String maskedNumber) {
    }

    /**
     * One Argon2 check, outside any transaction ({@link Cardholders} is NOT_SUPPORTED); a failure counts toward the
     * lockout in its own transaction. The session is admitted under the card's row lock, as a statement is.
     */
    public Opened open(String cardNumber, String password) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PasswordVerdict verdict = cardholders.check(cardNumber, password, now);
        if (!verdict.accepted()) {
            throw verdict.problem();
        }
        PasswordVerdict admitted = lockout.admit(verdict.cardId(), now);
        if (!admitted.accepted()) {
            throw admitted.problem();
        }
        Card card = em.find(Card.class, verdict.cardId());
        SessionTokens.Issued token = SessionTokens.issue();
        Instant expiresAt = now.plus(ttl);
        em.persist(new PaymentSession(token.hash(), card.id(), now, expiresAt));
        return new Opened(token.token(), expiresAt, CardNumbers.masked(card.lastFour()));
    }

    /**
     * The card a presented token pays with, and its customer's name, while its session lasts; empty for anything
     * else. A read: no transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Payer> payerOf(String token, Instant now) {
        return SessionTokens.hashOf(token).flatMap(hash -> em
                .createNamedQuery(PaymentSession.PAYER_BY_TOKEN_HASH, Object[].class)
                .setParameter("hash", hash)
                .setParameter("now", now)
                .getResultStream().findFirst())
                .map(row -> new Payer((Long) row[0], (String) row[1]));
    }

    public static ProblemException invalidSession() {
        return new ProblemException("session-invalid", "Payment session not valid", 403,
                "this payment session is unknown or has expired; open a new one with the card number and password");
    }
}
