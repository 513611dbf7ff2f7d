package io.anonpay.credit.statement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.settlement.control.CardBalance.Funds;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import io.anonpay.credit.settlement.entity.StepKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A card's balance, what of it is held by payments not captured yet, what is {@code available} to pay (balance
 * minus held), and its most recent settlements, newest first.
 */
public record Statement(String maskedNumber, Money balance, Money available, Money held, List<Line> settlements) {

    /**
     * One settlement: what, when, for which (opaque) purchase; for an approved one, where its payment stands
     * ({@code state}; null when declined), its totals and its steps, oldest first.
     */
    public record Line(String purchaseId, Money sum, Outcome outcome, DeclineReason declineReason, Instant date,
            PaymentState state, Money captured, Money refunded, List<Step> steps) {

        static Line from(Settlement settlement, List<Step> steps) {
            return new Line(settlement.purchaseId(), settlement.sum().toContract(), settlement.outcome(),
                    settlement.declineReason(), settlement.createdAt(), settlement.state(),
                    settlement.captured().toContract(), settlement.refunded().toContract(), steps);
        }
    }

    /** A hold, capture, void, expiry or refund that applied; refused requests moved nothing and are left out. */
    public record Step(StepKind kind, Money amount, Instant date) {

        static Step from(PaymentStep step) {
            return new Step(step.kind(), step.amount().toContract(), step.createdAt());
        }
    }

    /** @param steps each settlement's applied steps by its row id, oldest first */
    static Statement from(Card card, Funds funds, List<Settlement> settlements, Map<Long, List<Step>> steps) {
        return new Statement(CardNumbers.masked(card.lastFour()), funds.balance().toContract(),
                funds.available().toContract(), funds.held().toContract(), settlements.stream()
                .map(s -> Line.from(s, steps.getOrDefault(s.id(), List.of()))).toList());
    }
}
