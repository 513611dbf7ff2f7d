package io.anonpay.mall.outbox;

import io.anonpay.common.metrics.Metrics;
import io.anonpay.common.outbox.OutboxBacklog;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.common.outbox.RelayRounds;
import io.anonpay.common.persistence.ServerResources;
import io.anonpay.mall.platform.MallDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends committed payment requests from the outbox to the credit companies' queues: every second, and right after a
 * request commits (see {@link RelayTrigger}). Runs outside any transaction (the relay keeps its own local one). The
 * broker is reached through the mall's connection factory {@code jms/mall} (ServerResources), outside any
 * transaction on purpose: the outbox, not XA, ties a send to a commit, so the mall goes on while the broker is down
 * and its requests wait in the database.
 */
@Singleton
@Startup
@DependsOn("MallDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RelayTimer {

    @EJB
    MallDatabase database;

    @Resource
    SessionContext context;

    @Inject
    Metrics metrics;

    private RelayRounds rounds;

    @PostConstruct
    void init() {
        rounds = new RelayRounds(new OutboxRelay(database.dataSource(), ServerResources.connectionFactory("mall"),
                metrics));
        OutboxBacklog.watch(metrics, database.dataSource());
    }

    /**
     * Hands the sweep to {@link #relaySoon()}: Payara runs a timeout callback in a local transaction whatever its
     * transaction attribute (payara/Payara#4826), and the relay's database connection and its broker connection, both
     * non-XA, cannot share one; an asynchronous business method honours {@code NOT_SUPPORTED}.
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "payment request relay")
    public void sweep() {
        context.getBusinessObject(RelayTimer.class).relaySoon();
    }

    @Asynchronous
    public void relaySoon() {
        rounds.request();
    }
}
