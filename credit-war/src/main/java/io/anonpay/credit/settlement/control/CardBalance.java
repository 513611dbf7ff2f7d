package io.anonpay.credit.settlement.control;

import io.anonpay.credit.card.entity.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moves money on a card, each move one conditional update: the database decides whether it may happen, so however
 * many requests race on one card, on one instance or several, neither the balance nor the available amount
 * (balance minus holds) goes below zero. A payment holds its sum and its shipping fee together; a capture turns the
 * sum's hold into a debit, a fee claim the fee's; a void or an expiry releases them; a refund credits the card.
 */
@ApplicationScoped
public class CardBalance {

    /** The card's balance and the holds on it, in one currency. */
    public record Funds(Money balance, Money held) {

        /** What a payment may still hold. */
        public Money available() {
            return new Money(balance.amount() - held.amount(), balance.currency());
        }
    }

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    /** @return true if held; false if too little is available (or it is another currency) and nothing changed */
    public boolean hold(long cardId, Money sum) {
        return update("update card set held_amount = held_amount + ?1"
                + " where id = ?2 and balance_amount - held_amount >= ?1 and balance_currency = ?3", cardId, sum);
    }

    /** Takes a held sum (goods or fee) from the balance, hold and debit in one statement. */
    public void capture(long cardId, Money sum) {
        require(update("update card set balance_amount = balance_amount - ?1, held_amount = held_amount - ?1"
                + " where id = ?2 and held_amount >= ?1 and balance_currency = ?3", cardId, sum), "capture", sum);
    }

    /** Releases a held sum (void, expiry, a fee nobody claimed). */
    public void release(long cardId, Money sum) {
        require(update("update card set held_amount = held_amount - ?1"
                + " where id = ?2 and held_amount >= ?1 and balance_currency = ?3", cardId, sum), "release", sum);
    }

    /** Gives back part of a captured sum. */
    public void refund(long cardId, Money amount) {
        require(update("update card set balance_amount = balance_amount + ?1"
                + " where id = ?2 and balance_currency = ?3", cardId, amount), "refund", amount);
    }

    /** As the database holds them now (the entity may have been read before a hold). */
    public Funds current(long cardId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select balance_amount, held_amount, balance_currency from card where id = ?1")
                .setParameter(1, cardId)
                .getSingleResult();
        String currency = ((String) row[2]).strip();
        return new Funds(new Money(((Number) row[0]).longValue(), currency),
                new Money(((Number) row[1]).longValue(), currency));
    }

    private boolean update(String sql, long cardId, Money sum) {
        return em.createNativeQuery(sql)
                .setParameter(1, sum.amount())
                .setParameter(2, cardId)
                .setParameter(3, sum.currency())
                .executeUpdate() == 1;
    }

    /** The payment's own state allowed the move: a card that does not is a broken invariant, never a refusal. */
    private static void require(boolean moved, String move, Money sum) {
        if (!moved) {
            throw new IllegalStateException("the card does not allow the " + move + " of " + sum.amount() + " "
                    + sum.currency() + " its payment allows");
        }
    }
}
