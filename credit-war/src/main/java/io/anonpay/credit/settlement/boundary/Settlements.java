package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.metrics.Metrics;
import io.anonpay.credit.card.control.Cardholders;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.control.Payer;
import io.anonpay.credit.platform.CreditContracts;
import io.anonpay.credit.settlement.control.Ledgered;
import io.anonpay.credit.settlement.control.SettlementExistsException;
import io.anonpay.credit.settlement.control.SettlementLedger;
import io.anonpay.credit.settlement.control.ShippingFees;
import io.anonpay.credit.session.control.PaymentSessions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A payment, step by step: verify the mall's instructions and the shipping fee they carry against the shipping
 * company's signed tariff (a rejection is a 4xx problem, or 503 while the tariff cannot be fetched; nothing
 * happens, not even a password check), check the cardholder (one Argon2 check, no transaction held meanwhile) or find the card of a valid payment
 * session (no Argon2 check: it was made when the session opened; an unknown or expired session is a 403
 * session-invalid problem and nothing happens), then settle in one transaction. The answer says which: a session
 * payment reports that no password was checked ({@link PasswordCheck#NOT_CHECKED}).
 *
 * <p>Which outcomes are final: only what is decided about an authenticated card, approved or declined for
 * insufficient balance, is recorded, sent to the mall and returned unchanged to every later attempt. An unknown
 * card, a wrong password, a locked card or a card in another currency records nothing for the purchase: the
 * buyer may retry with the right password or another card until the instructions expire, and a typo does not
 * burn the purchase. Failed passwords still count toward the card's lockout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Settlements {

    @Inject
    CreditContracts contracts;

    @EJB
    Cardholders cardholders;

    @Inject
    ShippingFees fees;

    @EJB
    SettlementLedger ledger;

    @EJB
    PaymentSessions sessions;

    @Inject
    Metrics metrics;

    public SettlementResponse pay(SettlementRequest request) {
        SettlementResponse answer = answer(request);
        if (!answer.repeated()) {
            metrics.settlement(answer.outcome().name(),
                    answer.declineReason() == null ? null : answer.declineReason().name());
        }
        return answer;
    }

    private SettlementResponse answer(SettlementRequest request) {
        request.requireOneWayToPay();
        PaymentInstructions instructions = contracts.verifyPaymentInstructions(request.instructions().strip());
        fees.check(instructions);
        // PostgreSQL keeps microseconds: the first answer and a repeated one must name the same instant alike
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Ledgered ledgered;
        try {
            if (request.inSession()) {
                Payer payer = sessions.payerOf(request.sessionToken(), now)
                        .orElseThrow(PaymentSessions::invalidSession);
                ledgered = ledger.settleInSession(payer, instructions, now);
            } else {
                PasswordVerdict verdict = cardholders.check(request.cardNumber(), request.password(), now);
                if (!verdict.accepted()) {
                    return SettlementResponse.refused(instructions, verdict, false);
                }
                ledgered = ledger.settle(verdict.cardId(), instructions, now);
            }
        } catch (SettlementExistsException concurrentFirst) {
            ledgered = Ledgered.existing(ledger.recorded(instructions.purchaseId()).orElseThrow());
        }
        return SettlementResponse.from(instructions, ledgered, request.inSession());
    }
}
