package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.credit.platform.CreditDatabase;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Writes the signed settlement result for the mall into the outbox, through the JTA data source: it commits or
 * rolls back with the settlement itself, and the relay sends only what committed.
 */
@ApplicationScoped
public class ResultOutbox {

    @Resource(lookup = CreditDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SignedContracts contracts;

    @Inject
    @ConfigProperty(name = "anonpay.party.id")
    String self;

    @Inject
    @ConfigProperty(name = "credit.result.ttl", defaultValue = "P7D")
    Duration ttl;

    public void append(Settlement settlement, String mall) {
        String jws = contracts.sign(settlement.toResult(self), mall, ttl);
        Outbox.append(dataSource, Queues.SETTLEMENT_RESULTS, settlement.purchaseId(), jws);
    }
}
