package io.anonpay.credit.statement.boundary;

import io.anonpay.credit.card.control.CardLockout;
import io.anonpay.credit.card.control.Cardholders;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.settlement.control.CardBalance;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Statements for cardholders; a wrong password counts toward the lockout exactly as in a payment. */
@Stateless
public class Statements {

    static final int MAX_LINES = 100;

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @EJB
    Cardholders cardholders;

    @EJB
    CardLockout lockout;

    @Inject
    CardBalance balance;

    /**
     * The transaction opens here but holds no connection during the password check, which runs outside it
     * ({@link Cardholders} is NOT_SUPPORTED); a failure is committed on its own, so the rollback of a rejected
     * request does not undo it.
     */
    public Statement of(String cardNumber, String password) {
        Instant now = Instant.now();
        PasswordVerdict verdict = cardholders.check(cardNumber, password, now);
        if (!verdict.accepted()) {
            throw verdict.problem();
        }
        return admitted(verdict.cardId(), now);
    }

    /** Admits under the row lock (a lock set meanwhile wins), then reads in the same transaction. */
    private Statement admitted(long cardId, Instant now) {
        PasswordVerdict admitted = lockout.admit(cardId, now);
        if (!admitted.accepted()) {
            throw admitted.problem();
        }
        Card card = em.find(Card.class, cardId);
        List<Settlement> lines = em.createNamedQuery(Settlement.OF_CARD, Settlement.class)
                .setParameter("card", cardId).setMaxResults(MAX_LINES).getResultList();
        return Statement.from(card, balance.current(cardId), lines, stepsOf(lines));
    }

    private Map<Long, List<Statement.Step>> stepsOf(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(PaymentStep.APPLIED_TO, PaymentStep.class)
                .setParameter("settlements", settlements.stream().map(Settlement::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(step -> step.settlement().id(),
                        Collectors.mapping(Statement.Step::from, Collectors.toList())));
    }
}
