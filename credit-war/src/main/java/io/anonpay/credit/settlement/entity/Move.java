package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PaymentUpdate.Refusal;
import io.anonpay.credit.card.entity.Money;

/**
 * What one step did to a payment: applied (the payment moved; {@code amount} is what moves on the card), or
 * refused ({@code refusal}; nothing changed; {@code amount} is what was asked).
 */
public record Move(StepKind kind, Money amount, Refusal refusal) {

    static Move applied(StepKind kind, Money amount) {
        return new Move(kind, amount, null);
    }

    static Move refused(StepKind kind, Money asked, Refusal refusal) {
        return new Move(kind, asked, refusal);
    }

    public boolean isApplied() {
        return refusal == null;
    }

    PaymentUpdate.Event event() {
        return isApplied() ? kind.applied() : PaymentUpdate.Event.REFUSED;
    }
}
