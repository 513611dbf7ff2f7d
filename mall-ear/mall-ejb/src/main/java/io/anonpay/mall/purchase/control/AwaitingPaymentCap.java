package io.anonpay.mall.purchase.control;

import io.anonpay.common.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cap on purchases awaiting payment ({@code anonpay.purchases.max-awaiting-payment}): past it, a new purchase
 * is refused with 503 {@code too-many-awaiting-payment} and {@code Retry-After}, so that one client cannot fill the
 * mall's database with purchases nobody pays. Counting at every purchase would cost a scan of that many index
 * entries each time: the count is taken once per purge round instead ({@link PurchasePurge}, which frees room) and
 * this instance's own purchases are added as they come. A second mall instance's purchases show at the next
 * round, so two instances may overshoot by what the other created within one round.
 */
@Singleton
@DependsOn("MallDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AwaitingPaymentCap {

    @EJB
    UnpaidPurchases unpaid;

    @Inject
    @ConfigProperty(name = "anonpay.purchases.max-awaiting-payment", defaultValue = "200000")
    long max;

    @Inject
    @ConfigProperty(name = "anonpay.purchases.purge-interval", defaultValue = "PT10S")
    Duration interval;

    /** At the last count, plus the purchases this instance admitted since. */
    private final AtomicLong awaiting = new AtomicLong();

    @PostConstruct
    void start() {
        recount();
    }

    /** Counts again, in the database: what was purged, and what other instances created, shows from now on. */
    public void recount() {
        counted(unpaid.countAwaitingPayment());
    }

    void counted(long awaitingPayment) {
        awaiting.set(awaitingPayment);
    }

    /** Admits one more purchase awaiting payment, or refuses it until the next count may have found room. */
    public void admit() {
        if (awaiting.getAndUpdate(now -> now < max ? now + 1 : now) >= max) {
            throw new ProblemException("too-many-awaiting-payment", "Service unavailable", 503, "the mall holds "
                    + max + " purchases awaiting payment, as many as it takes; unpaid ones are deleted once their "
                    + "window has passed: try again later", (int) Math.max(1, interval.toSeconds()));
        }
    }
}
