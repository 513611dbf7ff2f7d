package io.anonpay.credit.card.control;

import io.anonpay.credit.card.entity.PasswordHash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs Argon2 checks, at most a few at once (default one per core: a check is pure CPU, so more at once only adds
 * memory and latency, not throughput): each takes ~30-70 ms of CPU and 19 MiB, so a flood of password attempts waits
 * briefly and then gets a 429 instead of exhausting memory and threads.
 */
@ApplicationScoped
public class PasswordChecks {

    @Inject
    @ConfigProperty(name = "credit.password-checks.concurrent")
    Optional<Integer> concurrent;

    @Inject
    @ConfigProperty(name = "credit.password-checks.wait-ms", defaultValue = "500")
    long waitMillis;

    private PasswordHasher hasher;
    private Semaphore permits;
    private PasswordHash decoy;

    @PostConstruct
    void init() {
        int atOnce = concurrent.orElse(Runtime.getRuntime().availableProcessors());
        permits = new Semaphore(atOnce, true);
        hasher = new PasswordHasher(new SecureRandom(), atOnce);
        decoy = hasher.hash("decoy password for unknown cards");
    }

    public PasswordHash hash(String password) {
        return bounded(() -> hasher.hash(password));
    }

    public boolean matches(String password, PasswordHash stored) {
        return bounded(() -> hasher.matches(password, stored));
    }

    /** The same work as a real check, for an unknown card: the answer time does not tell which numbers exist. */
    public void decoyCheck(String password) {
        bounded(() -> hasher.matches(password, decoy));
    }

    private <T> T bounded(java.util.function.Supplier<T> check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new TooManyPasswordChecksException(1);
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }
}
