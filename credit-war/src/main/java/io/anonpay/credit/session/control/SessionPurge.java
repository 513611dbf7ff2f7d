package io.anonpay.credit.session.control;

import io.anonpay.credit.session.entity.PaymentSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes payment sessions once they have expired: an expired session pays nothing, and its row would only keep,
 * for ever, when a card was used. Runs every {@code credit.session.purge-interval} (5 minutes by default), each
 * run in its own transaction; a failed run is logged and the next one tries again.
 */
@Singleton
@Startup
@DependsOn("CreditDatabase")
public class SessionPurge {

    private static final Logger LOG = Logger.getLogger(SessionPurge.class.getName());

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "credit.session.purge-interval", defaultValue = "PT5M")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(),
                new TimerConfig("payment session purge", false));
    }

    @Timeout
    void purge() {
        try {
            int deleted = em.createNamedQuery(PaymentSession.DELETE_EXPIRED)
                    .setParameter("now", Instant.now())
                    .executeUpdate();
            if (deleted > 0) {
                LOG.fine(() -> "expired payment sessions deleted: " + deleted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment session purge failed; the next run tries again: " + e.getMessage(), e);
        }
    }
}
