package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.common.outbox.OutboxAppended;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.platform.CreditContracts;
import io.anonpay.credit.platform.CreditDatabase;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Writes the signed settlement result for the mall into the outbox, through the JTA data source: it commits or
 * rolls back with the settlement itself, and the relay sends only what committed. The event lets the relay send
 * it as soon as that commit is done.
 */
@ApplicationScoped
public class ResultOutbox {

    @EJB
    CreditDatabase database;

    @Inject
    CreditContracts contracts;

    @Inject
    Event<OutboxAppended> appended;

    public void append(Settlement settlement, String mall) {
        append(settlement, mall, contracts.sign(settlement.toResult(contracts.self()), mall));
    }

    /** The approval's result as signed ahead; signed afresh if the settlement says anything else. */
    void append(Settlement settlement, String mall, Approval approval) {
        SettlementResult result = settlement.toResult(contracts.self());
        append(settlement, mall, result.equals(approval.result()) ? approval.signedResult()
                : contracts.sign(result, mall));
    }

    /** Seals nothing and writes nothing: the result an approval of this payment would send, signed. */
    Approval approval(String settlementId, PaymentInstructions instructions) {
        SettlementResult result = new SettlementResult(instructions.purchaseId(), settlementId,
                Money.of(instructions.paymentSum()).toContract(), Outcome.APPROVED, null, contracts.self());
        return new Approval(settlementId, result, contracts.sign(result, instructions.mall()));
    }

    private void append(Settlement settlement, String mall, String jws) {
        Outbox.append(database.dataSource(), appended, Queues.SETTLEMENT_RESULTS, settlement.purchaseId(), jws);
    }
}
