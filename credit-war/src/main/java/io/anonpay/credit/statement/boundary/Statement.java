package io.anonpay.credit.statement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.settlement.entity.Settlement;

import java.time.Instant;
import java.util.List;

/** A card's balance and its most recent settlements, newest first. */
public record Statement(String maskedNumber, Money balance, List<Line> settlements) {

    /** One settlement: what, when, for which (opaque) purchase. */
    public record Line(String purchaseId, Money sum, Outcome outcome, DeclineReason declineReason,
            Instant date) {

        static Line from(Settlement settlement) {
            return new Line(settlement.purchaseId(), settlement.sum().toContract(), settlement.outcome(),
                    settlement.declineReason(), settlement.createdAt());
        }
    }

    static Statement from(Card card, io.anonpay.credit.card.entity.Money balance, List<Settlement> settlements) {
        return new Statement(CardNumbers.masked(card.lastFour()), balance.toContract(),
                settlements.stream().map(Line::from).toList());
    }
}
