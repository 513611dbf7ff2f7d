package io.anonpay.credit.card.boundary;

import io.anonpay.common.audit.OperatorAudit;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.credit.card.control.CardNumberHash;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.control.PasswordChecks;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Customer;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.card.entity.PasswordHash;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;

/** Issuing cards and the operator's view of them. */
@Stateless
public class Cards {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    CardNumberHash numberHash;

    @Inject
    PasswordChecks passwords;

    @Inject
    OperatorAudit audit;

    @Inject
    @ConfigProperty(name = "credit.card.issuer-prefix")
    String issuerPrefix;

    /** @return the new card and, this once, its full number */
    public IssuedCard issue(String customerName, Money limit, String password) {
        PasswordHash hashed = passwords.hash(password);
        String number;
        byte[] hash;
        do {
            number = CardNumbers.generate(issuerPrefix, RANDOM);
            hash = numberHash.of(number);
        } while (taken(hash));
        Customer customer = new Customer(customerName);
        em.persist(customer);
        Card card = new Card(customer, hash, CardNumbers.lastFour(number), limit, hashed);
        em.persist(card);
        em.flush();
        audit.succeeded(card.id());
        return IssuedCard.from(card, number);
    }

    public Card find(long id) {
        Card card = em.find(Card.class, id);
        if (card == null) {
            throw ProblemException.notFound("card", "no card with id " + id);
        }
        return card;
    }

    private boolean taken(byte[] hash) {
        return !em.createNamedQuery(Card.BY_NUMBER_HASH, Card.class).setParameter("hash", hash)
                .getResultList().isEmpty();
    }
}
