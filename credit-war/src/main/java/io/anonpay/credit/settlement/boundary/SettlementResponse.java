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
 * (null) fields are left out of the JSON. {@code passwordCheck} is always there and says what this request's
 * password check came to (claim 5, docs/claims.md): {@code NOT_CHECKED} when a payment session paid.
 * {@code passwordMatched} is kept for clients written before {@code passwordCheck}: present exactly when a password
 * was given, true only when it was accepted; a session payment leaves it out rather than claim a check it did not
 * make. {@code finalOutcome} says whether the purchase now has its one outcome, sent to the mall; if not, the buyer
 * may try again (right password, another card). {@code repeated}: the outcome was recorded by an earlier request
 * and is returned unchanged. Made only by the factories below, one for each kind of answer.
 */
public record SettlementResponse(String purchaseId, Outcome outcome, DeclineReason declineReason,
        PasswordCheck passwordCheck, Boolean passwordMatched, Money paymentSum, boolean finalOutcome, boolean repeated,
        Instant settledAt, Integer attemptsLeft, Instant lockedUntil, String returnUrl, String message) {

    /** @param inSession a payment session paid: no password was given in this request */
    static SettlementResponse from(PaymentInstructions instructions, Ledgered ledgered, boolean inSession) {
        if (ledgered.settled()) {
            return settled(instructions, ledgered.settlement(), ledgered.repeated(), inSession);
        }
        return ledgered.refusal() == DeclineReason.CURRENCY_MISMATCH
                ? currencyMismatch(instructions, inSession)
                : refused(instructions, ledgered.verdict(), inSession);
    }

    /** The purchase's outcome, approved or declined for balance: final, and what the mall is told. */
    static SettlementResponse settled(PaymentInstructions instructions, Settlement settlement, boolean repeated,
            boolean inSession) {
        String message = settlement.outcome() == Outcome.APPROVED
                ? "Payment approved." : "Payment declined: the card's balance is too low.";
        PasswordCheck check = admitted(inSession);
        return new SettlementResponse(settlement.purchaseId(), settlement.outcome(), settlement.declineReason(), check,
                matched(check, inSession), settlement.sum().toContract(), true, repeated, settlement.createdAt(), null,
                null, instructions.returnUrl(),
                repeated ? message + " (This purchase had been settled before.)" : message);
    }

    /** The cardholder was not admitted (unknown card, wrong password, locked card): nothing recorded. */
    static SettlementResponse refused(PaymentInstructions instructions, PasswordVerdict verdict, boolean inSession) {
        String message = verdict.refusal() == DeclineReason.CARD_LOCKED
                ? "This card is locked after too many wrong passwords until " + verdict.lockedUntil()
                        + ". Pay with another card or come back later."
                : "Card number or password not recognised. Check both and try again.";
        PasswordCheck check = inSession ? PasswordCheck.NOT_CHECKED : PasswordCheck.of(verdict);
        return open(instructions, verdict.refusal(), check, inSession, verdict.attemptsLeft(), verdict.lockedUntil(),
                message);
    }

    /** The card was admitted but holds another currency: nothing recorded. */
    static SettlementResponse currencyMismatch(PaymentInstructions instructions, boolean inSession) {
        return open(instructions, DeclineReason.CURRENCY_MISMATCH, admitted(inSession), inSession, null, null,
                "This card cannot pay in " + instructions.paymentSum().currency() + ". Pay with another card.");
    }

    /** Declined for now: the purchase stays open for another try. */
    private static SettlementResponse open(PaymentInstructions instructions, DeclineReason reason,
            PasswordCheck check, boolean inSession, Integer attemptsLeft, Instant lockedUntil, String message) {
        return new SettlementResponse(instructions.purchaseId(), Outcome.DECLINED, reason, check,
                matched(check, inSession), instructions.paymentSum(), false, false, null, attemptsLeft, lockedUntil,
                instructions.returnUrl(), message);
    }

    /** A card admitted to pay: by the password of this request, or by the session opened with it earlier. */
    private static PasswordCheck admitted(boolean inSession) {
        return inSession ? PasswordCheck.NOT_CHECKED : PasswordCheck.MATCHED;
    }

    private static Boolean matched(PasswordCheck check, boolean inSession) {
        return inSession ? null : check == PasswordCheck.MATCHED;
    }

    boolean created() {
        return finalOutcome && !repeated;
    }
}
