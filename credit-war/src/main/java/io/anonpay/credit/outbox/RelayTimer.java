package io.anonpay.credit.outbox;

import io.anonpay.common.outbox.OutboxRelay;
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
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * Sends committed settlement results from the outbox to the mall's queue: every second, and right after a
 * settlement commits (see {@link RelayTrigger}). Runs outside any transaction (the relay keeps its own local one).
 * The broker is the resource adapter's ({@code ServerUrl}, the server's configuration). The broker connection is
 * non-transactional on purpose: the outbox, not XA, ties a send to a commit, so payments
 * go on while the broker is down and their results wait in the database.
 */
@Singleton
@Startup
@DependsOn("CreditDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConnectionFactoryDefinition(
        name = RelayTimer.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "activemq-rar",
        transactionSupport = TransactionSupportLevel.NoTransaction)
public class RelayTimer {

    public static final String CONNECTION_FACTORY = "java:app/jms/mallQueues";

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @EJB
    CreditDatabase database;

    private RelayRounds rounds;

    @PostConstruct
    void init() {
        rounds = new RelayRounds(new OutboxRelay(database.dataSource(), connectionFactory));
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "settlement result relay")
    public void sweep() {
        rounds.request();
    }

    @Asynchronous
    public void relaySoon() {
        rounds.request();
    }
}
