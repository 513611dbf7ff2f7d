package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.settlement.control.Ledgered;
import io.anonpay.credit.settlement.entity.Settlement;

import java.time.Instant;

/**
 * The buyer's answer to a payment. {@code passwordMatched} is always there (claim 5). {@code finalOutcome} says
 * whether the purchase now has its one outcome, sent to the mall; if not, the buyer may try again (right password,
 * another card). {@code repeated}: the outcome was recorded by an earlier request and is returned unchanged.
 */
public record SettlementResponse(String purchaseId, Outcome outcome, DeclineReason declineReason,
        boolean passwordMatched, Money paymentSum, boolean finalOutcome, boolean repeated, Instant settledAt,
        Integer attemptsLeft, Instant lockedUntil, String returnUrl, String message) {

    /** The cardholder was not admitted: nothing recorded for the purchase. */
    static SettlementResponse refused(PaymentInstructions instructions, PasswordVerdict verdict) {
        boolean locked = verdict.kind() == PasswordVerdict.Kind.LOCKED;
        Integer attemptsLeft = verdict.kind() == PasswordVerdict.Kind.WRONG_PASSWORD ? verdict.attemptsLeft() : null;
        String message = locked
                ? "This card is locked after too many wrong passwords until " + verdict.lockedUntil()
                        + ". Pay with another card or come back later."
                : "Card number or password not recognised. Check both and try again.";
        return new SettlementResponse(instructions.purchaseId(), Outcome.DECLINED,
                locked ? DeclineReason.CARD_LOCKED : DeclineReason.CARD_REJECTED, false, instructions.paymentSum(),
                false, false, null, attemptsLeft, verdict.lockedUntil(), instructions.returnUrl(), message);
    }

    static SettlementResponse from(PaymentInstructions instructions, Ledgered ledgered) {
        return switch (ledgered.status()) {
            case RECORDED, ALREADY_RECORDED -> settled(instructions, ledgered.settlement(),
                    ledgered.status() == Ledgered.Status.ALREADY_RECORDED);
            case CURRENCY_MISMATCH -> new SettlementResponse(instructions.purchaseId(), Outcome.DECLINED,
                    DeclineReason.CURRENCY_MISMATCH, true, instructions.paymentSum(), false, false, null, null, null,
                    instructions.returnUrl(), "This card cannot pay in " + instructions.paymentSum().currency()
                            + ". Pay with another card.");
            case CARD_LOCKED -> refused(instructions, ledgered.lock());
        };
    }

    private static SettlementResponse settled(PaymentInstructions instructions, Settlement settlement,
            boolean repeated) {
        boolean approved = settlement.outcome() == Outcome.APPROVED;
        String message = approved ? "Payment approved." : "Payment declined: the card's balance is too low.";
        return new SettlementResponse(settlement.purchaseId(), settlement.outcome(),
                approved ? null : DeclineReason.valueOf(settlement.declineReason().name()), true,
                settlement.sum().toContract(), true, repeated, settlement.createdAt(), null, null,
                instructions.returnUrl(), repeated ? message + " (This purchase had been settled before.)" : message);
    }

    boolean created() {
        return finalOutcome && !repeated;
    }
}
