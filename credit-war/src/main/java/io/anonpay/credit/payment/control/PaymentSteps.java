package io.anonpay.credit.payment.control;

import io.anonpay.credit.delivery.boundary.NotAppliedYetException;
import io.anonpay.credit.platform.CreditContracts;
import io.anonpay.credit.settlement.control.CardBalance;
import io.anonpay.credit.settlement.control.UniqueViolation;
import io.anonpay.credit.settlement.entity.Move;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import io.anonpay.credit.settlement.entity.StepKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Optional;

/**
 * What follows a move of a payment locked by the caller, in the caller's transaction: the step row, the money on
 * the card (only when applied) and, for the goods, the update for the mall. The step goes first: its unique indexes
 * stop a concurrent twin of the same request, expiry or end of the fee line before any money moves. A void or an
 * expiry of the goods takes a fee still held with it; the mall does not track the fee and is told nothing of it.
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

    /** A move of the goods. @param requestId the mall's request, or null for an expiry */
    public void record(Settlement settlement, Move move, String requestId, Instant now) {
        // released before the goods' step is flushed: the row never reads voided or expired with a fee held (V4)
        boolean endsGoods = move.isApplied() && (move.kind() == StepKind.VOID || move.kind() == StepKind.EXPIRY);
        Optional<Move> feeRelease = endsGoods ? settlement.releaseFee(now) : Optional.empty();
        append(settlement, move, requestId, now);
        outbox.append(settlement, settlement.update(move, requestId, contracts.self()));
        feeRelease.ifPresent(release -> append(settlement, release, null, now));
    }

    /** A move of the fee line: a claim, or a release. */
    public void recordFee(Settlement settlement, Move move, Instant now) {
        if (!move.kind().ofFee()) {
            throw new IllegalArgumentException("the goods' " + move.kind() + " is told to the mall: record it");
        }
        append(settlement, move, null, now);
    }

    private void append(Settlement settlement, Move move, String requestId, Instant now) {
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
                case CAPTURE, FEE_CLAIM -> balance.capture(card, move.amount());
                case VOID, EXPIRY, FEE_RELEASE -> balance.release(card, move.amount());
                case REFUND -> balance.refund(card, move.amount());
                case HOLD, FEE_HOLD -> throw new IllegalArgumentException("a hold is recorded with its settlement");
            }
        }
    }
}
