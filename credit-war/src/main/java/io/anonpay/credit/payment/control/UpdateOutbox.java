package io.anonpay.credit.payment.control;

import io.anonpay.common.contract.PaymentUpdate;
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
 * Writes the signed payment update for the mall whose instructions paid into the outbox, in the step's own
 * transaction, as {@code ResultOutbox} does for results: the relay sends only what committed.
 */
@ApplicationScoped
public class UpdateOutbox {

    @EJB
    CreditDatabase database;

    @Inject
    CreditContracts contracts;

    @Inject
    Event<OutboxAppended> appended;

    public void append(Settlement settlement, PaymentUpdate update) {
        String jws = contracts.sign(update, settlement.mall());
        Outbox.append(database.dataSource(), appended, Queues.PAYMENT_UPDATES, settlement.purchaseId(), jws);
    }
}
