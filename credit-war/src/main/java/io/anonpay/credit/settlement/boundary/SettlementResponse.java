package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.settlement.control.Ledgered;
import io.anonpay.credit.settlement.entity.Settlement;

import java.time.Instant;

/**
 * The buyer's answer to a payment, in the contract's words ({@link Outcome}, {@link DeclineReason}); absent
 * (null) fields are left out of the JSON. {@code passwordMatched} is always there: claim 5 (docs/claims.md).
 * {@code finalOutcome} says whether the purchase now has its one outcome, sent to the mall; if not, the buyer may try
 * again (right password, another card). {@code repeated}: the outcome was recorded by an earlier request and is
 * returned unchanged. Made only by the factories below, one for each kind of answer.
 */
public record SettlementResponse(String purchaseId, Outcome outcome, DeclineReason declineReason,
        boolean passwordMatched, Money paymentSum, boolean finalOutcome, boolean repeated, Instant settledAt,
        Integer attemptsLeft, Instant lockedUntil, String returnUrl, String message) {

    static SettlementResponse from(PaymentInstructions instructions, Ledgered ledgered) {
        if (ledgered.settled()) {
            return settled(instructions, ledgered.settlement(), ledgered.repeated());
        }
        return ledgered.refusal() == DeclineReason.CURRENCY_MISMATCH
                ? currencyMismatch(instructions)
                : refused(instructions, ledgered.verdict());
    }

    /** The purchase's outcome, approved or declined for balance: final, and what the mall is told. */
    static SettlementResponse settled(PaymentInstructions instructions, Settlement settlement, boolean repeated) {
        String message = settlement.outcome() == Outcome.APPROVED
                ? "Payment approved." : "Payment declined: the card's balance is too low.";
        return new SettlementResponse(settlement.purchaseId(), settlement.outcome(), settlement.declineReason(), true,
                settlement.sum().toContract(), true, repeated, settlement.createdAt(), null, null,
                instructions.returnUrl(), repeated ? message + " (This purchase had been settled before.)" : message);
    }

    /** The cardholder was not admitted (unknown card, wrong password, locked card): nothing recorded. */
    static SettlementResponse refused(PaymentInstructions instructions, PasswordVerdict verdict) {
        String message = verdict.refusal() == DeclineReason.CARD_LOCKED
                ? "This card is locked after too many wrong passwords until " + verdict.lockedUntil()
                        + ". Pay with another card or come back later."
                : "Card number or password not recognised. Check both and try again.";
        return open(instructions, verdict.refusal(), false, verdict.attemptsLeft(), verdict.lockedUntil(), message);
    }

    /** The password matched but the card holds another currency: nothing recorded. */
    static SettlementResponse currencyMismatch(PaymentInstructions instructions) {
        return open(instructions, DeclineReason.CURRENCY_MISMATCH, true, null, null,
                "This card cannot pay in " + instructions.paymentSum().currency() + ". Pay with another card.");
    }

    /** Declined for now: the purchase stays open for another try. */
    private static SettlementResponse open(PaymentInstructions instructions, DeclineReason reason,
            boolean passwordMatched, Integer attemptsLeft, Instant lockedUntil, String message) {
        return new SettlementResponse(instructions.purchaseId(), Outcome.DECLINED, reason, passwordMatched,
                instructions.paymentSum(), false, false, null, attemptsLeft, lockedUntil, instructions.returnUrl(),
                message);
    }

    boolean created() {
        return finalOutcome && !repeated;
    }
}
