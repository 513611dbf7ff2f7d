package io.anonpay.credit.payment.control;

import io.anonpay.credit.delivery.boundary.NotAppliedYetException;
import io.anonpay.credit.platform.CreditContracts;
import io.anonpay.credit.settlement.control.CardBalance;
import io.anonpay.credit.settlement.control.UniqueViolation;
import io.anonpay.credit.settlement.entity.Move;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;

/**
 * What follows a move of a payment locked by the caller, in the caller's transaction: the step row, the money on
 * the card (only when applied) and the update for the mall. The step goes first: its unique indexes stop a
 * concurrent twin of the same request or expiry before any money moves.
 */
@ApplicationScoped
public class PaymentSteps {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    CardBalance balance;

    @Inject
    UpdateOutbox outbox;

    @Inject
    CreditContracts contracts;

    /** @param requestId the mall's request, or null for an expiry */
    public void record(Settlement settlement, Move move, String requestId, Instant now) {
        try {
            em.persist(PaymentStep.of(settlement, move, requestId, now));
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw new NotAppliedYetException(e);
            }
            throw e;
        }
        if (move.isApplied()) {
            long card = settlement.card().id();
            switch (move.kind()) {
                case CAPTURE -> balance.capture(card, move.amount());
                case VOID, EXPIRY -> balance.release(card, move.amount());
                case REFUND -> balance.refund(card, move.amount());
                case HOLD -> throw new IllegalArgumentException("a hold is recorded with its settlement");
            }
        }
        outbox.append(settlement, settlement.update(move, requestId, contracts.self()));
    }
}
