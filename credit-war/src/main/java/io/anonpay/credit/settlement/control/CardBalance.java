package io.anonpay.credit.settlement.control;

import io.anonpay.credit.card.entity.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Debits a card's usage balance. The database decides whether the balance suffices, in one conditional update:
 * however many requests race on one card, on one instance or several, none can take the balance below zero.
 */
@ApplicationScoped
public class CardBalance {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    /** @return true if debited; false if the balance is short (or in another currency) and nothing changed */
    public boolean debit(long cardId, Money sum) {
        return em.createNativeQuery("update card set balance_amount = balance_amount - ?1"
                        + " where id = ?2 and balance_amount >= ?1 and balance_currency = ?3")
                .setParameter(1, sum.amount())
                .setParameter(2, cardId)
                .setParameter(3, sum.currency())
                .executeUpdate() == 1;
    }

    /** The balance as the database holds it now (the entity may have been read before a debit). */
    public Money current(long cardId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select balance_amount, balance_currency from card where id = ?1")
                .setParameter(1, cardId)
                .getSingleResult();
        return new Money(((Number) row[0]).longValue(), ((String) row[1]).strip());
    }
}
