package io.anonpay.credit.payment.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * Every five seconds, expires the holds whose {@code credit.authorization.expiry} ran out ({@link Expiries}): the
 * goods nobody captured (with their fee), then the fees nobody claimed, each payment in a transaction of its own:
 * one that fails is rolled back alone and tried again at the next sweep. A sweep still running when the next is
 * due lets it pass.
 */
@Singleton
@Startup
@DependsOn("CreditDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());
    private static final int BATCH = 100;

    @EJB
    Expiries expiries;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "hold expiry")
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            sweep(expiries::due, now);
            sweep(expiries::feesDue, now);
        } finally {
            sweeping.set(false);
        }
    }

    /** Batch after batch, while a whole batch was due and some of it expired (the rest is locked or failing). */
    private void sweep(BiFunction<Instant, Integer, List<Long>> dueAt, Instant now) {
        List<Long> due;
        int expired;
        do {
            due = dueAt.apply(now, BATCH);
            expired = 0;
            for (long settlement : due) {
                expired += expireOne(settlement, now) ? 1 : 0;
            }
        } while (due.size() == BATCH && expired > 0);
    }

    private boolean expireOne(long settlement, Instant now) {
        try {
            return expiries.expire(settlement, now);
        } catch (EJBException e) {
            LOG.warning(() -> "could not expire a hold of settlement row " + settlement + " now, next sweep will: "
                    + e.getCause());
            return false;
        }
    }
}
