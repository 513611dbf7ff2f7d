package io.anonpay.credit.settlement.control;

import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.credit.platform.CreditDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends committed settlement results from the outbox to the mall's queue: every second, and right after a
 * settlement commits. Runs outside any transaction (the relay keeps its own local one). The broker connection is
 * non-transactional on purpose: the outbox, not XA, ties a send to a commit, so payments go on while the broker is
 * down. Never lets a failure escape: the next run tries again, and a dead broker gets back-off from the relay.
 */
@Singleton
@Startup
@DependsOn("CreditDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConnectionFactoryDefinition(
        name = ResultRelay.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "activemq-rar",
        transactionSupport = TransactionSupportLevel.NoTransaction,
        properties = {"ServerUrl=${MPCONFIG=jms.url}"})
public class ResultRelay {

    public static final String CONNECTION_FACTORY = "java:app/jms/mallQueues";
    private static final Logger LOG = Logger.getLogger(ResultRelay.class.getName());
    /** Bounds one run, so a huge backlog cannot keep a timer thread forever. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = CreditDatabase.JNDI_NAME)
    DataSource dataSource;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private OutboxRelay relay;

    @PostConstruct
    void init() {
        relay = new OutboxRelay(dataSource, connectionFactory);
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "settlement result relay")
    public void everySecond() {
        relayDue();
    }

    @Asynchronous
    public void relaySoon() {
        relayDue();
    }

    /** One run at a time; a request that arrives meanwhile makes the running one go round again. */
    void relayDue() {
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (requested.getAndSet(false)) {
                drain();
            }
        } finally {
            running.set(false);
        }
    }

    private void drain() {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                if (relay.relayDue() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay run failed; the next run tries again: " + e.getMessage(), e);
        }
    }
}
