package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.common.outbox.OutboxAppended;
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
        String jws = contracts.sign(settlement.toResult(contracts.self()), mall);
        Outbox.append(database.dataSource(), appended, Queues.SETTLEMENT_RESULTS, settlement.purchaseId(), jws);
    }
}
