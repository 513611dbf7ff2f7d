package io.anonpay.credit.outbox;

import io.anonpay.common.metrics.Metrics;
import io.anonpay.common.outbox.OutboxBacklog;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.common.persistence.ServerResources;
import io.anonpay.common.outbox.RelayRounds;
import io.anonpay.credit.platform.CreditDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends committed settlement results and payment updates from the outbox to the mall's queues: every second, and
 * right after a settlement or a payment step commits (see {@link RelayTrigger}). Runs outside any transaction (the relay keeps its own local one).
 * The broker is reached through the server's connection factory {@code jms/credit} (ServerResources), outside any
 * transaction on purpose: the outbox, not XA, ties a send to a commit, so payments
 * go on while the broker is down and their results wait in the database.
 */
@Singleton
@Startup
@DependsOn("CreditDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RelayTimer {

    @EJB
    CreditDatabase database;

    @Resource
    SessionContext context;

    @Inject
    Metrics metrics;

    private RelayRounds rounds;

    @PostConstruct
    void init() {
        rounds = new RelayRounds(new OutboxRelay(database.dataSource(), ServerResources.connectionFactory("credit"),
                metrics));
        OutboxBacklog.watch(metrics, database.dataSource());
    }

    /**
     * Hands the sweep to {@link #relaySoon()}: Payara runs a timeout callback in a local transaction whatever its
     * transaction attribute (payara/Payara#4826), and the relay's database connection and its broker connection, both
     * non-XA, cannot share one; an asynchronous business method honours {@code NOT_SUPPORTED}.
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "outbox relay")
    public void sweep() {
        context.getBusinessObject(RelayTimer.class).relaySoon();
    }

    @Asynchronous
    public void relaySoon() {
        rounds.request();
    }
}
