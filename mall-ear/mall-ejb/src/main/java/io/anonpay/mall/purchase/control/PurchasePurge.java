package io.anonpay.mall.purchase.control;

import io.anonpay.common.metrics.Metrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Deletes purchases never paid, {@code anonpay.purchases.purge-after} (PT24H by default) after their window
 * closed ({@link UnpaidPurchases} says which may go): without it, purchases nobody pays would fill the mall's
 * database. Every {@code anonpay.purchases.purge-interval} (PT10S) a round deletes at most {@value #BATCHES}
 * batches of {@value #BATCH}, each in its own transaction, then counts what awaits payment for the cap
 * ({@link AwaitingPaymentCap}). A round still running when the next is due lets it pass; a failed round is logged
 * and the next one tries again. Why a late result cannot cost the buyer money: docs/protocol.md §6.
 */
@Singleton
@Startup
@DependsOn("MallDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PurchasePurge {

    private static final Logger LOG = Logger.getLogger(PurchasePurge.class.getName());
    static final int BATCH = 500;
    static final int BATCHES = 10;

    @EJB
    UnpaidPurchases unpaid;

    @EJB
    AwaitingPaymentCap cap;

    @Inject
    Metrics metrics;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "anonpay.purchases.purge-after", defaultValue = "PT24H")
    Duration grace;

    @Inject
    @ConfigProperty(name = "anonpay.purchases.purge-interval", defaultValue = "PT10S")
    Duration interval;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(),
                new TimerConfig("unpaid purchase purge", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int deleted;
            int batches = 0;
            do {
                deleted = unpaid.purge(grace, BATCH);
                metrics.purchasesPurged(deleted);
            } while (deleted == BATCH && ++batches < BATCHES);
            cap.recount();
        } catch (EJBException e) {
            LOG.warning(() -> "unpaid purchase purge failed; the next round tries again: " + e.getCause());
        } finally {
            running.set(false);
        }
    }
}
