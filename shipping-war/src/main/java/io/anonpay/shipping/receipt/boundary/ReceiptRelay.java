package io.anonpay.shipping.receipt.boundary;

import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.shipping.platform.ShippingDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends committed receipts from the outbox to the mall's queue every half second, outside any transaction. While
 * the broker is down the relay backs off and the receipts wait in the database; a failing round is logged and the
 * next one runs all the same.
 */
@Singleton
@Startup
@DependsOn("ShippingDatabase")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConnectionFactoryDefinition(name = ReceiptRelay.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "activemq-rar",
        transactionSupport = TransactionSupportLevel.NoTransaction,
        properties = {"ServerUrl=${MPCONFIG=jms.url}"})
public class ReceiptRelay {

    public static final String CONNECTION_FACTORY = "java:app/jms/mallQueues";
    private static final Logger LOG = Logger.getLogger(ReceiptRelay.class.getName());

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = ShippingDatabase.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "anonpay.outbox.poll-millis", defaultValue = "500")
    long pollMillis;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        OutboxRelay relay = new OutboxRelay(dataSource, connectionFactory);
        rounds = scheduler.scheduleWithFixedDelay(() -> relayOnce(relay), pollMillis, pollMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Never lets an exception escape: a scheduled task that throws is never run again. */
    private static void relayOnce(OutboxRelay relay) {
        try {
            relay.relayDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay round failed; the next round tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
