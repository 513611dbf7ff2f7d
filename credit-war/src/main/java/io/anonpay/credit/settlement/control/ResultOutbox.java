package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.credit.platform.CreditContracts;
import io.anonpay.credit.platform.CreditDatabase;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * Writes the signed settlement result for the mall into the outbox, through the JTA data source: it commits or
 * rolls back with the settlement itself, and the relay sends only what committed.
 */
@ApplicationScoped
public class ResultOutbox {

    @Resource(lookup = CreditDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CreditContracts contracts;

    public void append(Settlement settlement, String mall) {
        String jws = contracts.sign(settlement.toResult(contracts.self()), mall);
        Outbox.append(dataSource, Queues.SETTLEMENT_RESULTS, settlement.purchaseId(), jws);
    }
}
