package io.anonpay.credit.statement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.settlement.control.CardBalance.Funds;
import io.anonpay.credit.settlement.entity.FeeLine;
import io.anonpay.credit.settlement.entity.FeeState;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import io.anonpay.credit.settlement.entity.StepKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A card's balance, what of it is held by payments not captured yet and shipping fees not claimed yet, what is
 * {@code available} to pay (balance minus held), and its most recent settlements, newest first. Never what was
 * bought: a purchase is its opaque id.
 */
public record Statement(String maskedNumber, Money balance, Money available, Money held, List<Line> settlements) {

    /**
     * One settlement: what, when, for which (opaque) purchase; for an approved one, where its payment stands
     * ({@code state}; null when declined), its totals and its steps, oldest first. {@code shipping}: its shipping
     * line, null for a payment made before fees. {@code addressedToAnotherName}: true when the shipping company's
     * claim named a recipient who is not the cardholder; absent otherwise.
     */
    public record Line(String purchaseId, Money sum, Outcome outcome, DeclineReason declineReason, Instant date,
            PaymentState state, Money captured, Money refunded, Shipping shipping, Boolean addressedToAnotherName,
            List<Step> steps) {

        static Line from(Settlement settlement, List<Step> steps) {
            FeeLine fee = settlement.feeLine();
            Boolean anotherName = fee != null && Boolean.FALSE.equals(fee.recipientMatched()) ? Boolean.TRUE : null;
            return new Line(settlement.purchaseId(), settlement.sum().toContract(), settlement.outcome(),
                    settlement.declineReason(), settlement.createdAt(), settlement.state(),
                    settlement.captured().toContract(), settlement.refunded().toContract(),
                    fee == null ? null : Shipping.from(settlement, fee), anotherName, steps);
        }
    }

    /**
     * The shipping line of a payment: {@code kind} "shipping", the shipping company's id, its fee, and where the fee
     * stands ({@code HELD}, {@code CLAIMED}, {@code RELEASED}; null when the payment was declined: nothing held).
     */
    public record Shipping(String kind, String shippingCompany, Money fee, FeeState state) {

        static final String KIND = "shipping";

        static Shipping from(Settlement settlement, FeeLine fee) {
            return new Shipping(KIND, fee.shippingCompany(), settlement.fee().orElseThrow().toContract(), fee.state());
        }
    }

    /**
     * A step that applied: hold, capture, void, expiry or refund of the goods, or hold, claim or release of the
     * shipping fee; refused requests moved nothing and are left out.
     */
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
