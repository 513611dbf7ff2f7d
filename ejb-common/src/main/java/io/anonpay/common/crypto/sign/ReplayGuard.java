package io.anonpay.common.crypto.sign;

import java.time.Instant;

/**
 * Remembers message ids until they expire. A server backs it with a table keyed by
 * (issuer, jti), so a replay is refused even after a restart or on another node.
 */
@FunctionalInterface
public interface ReplayGuard {

    /**
     * Records the message id and answers whether this was its first use. It need only be kept
     * until {@code expiresAt} (plus the clock skew); after that the verifier rejects it anyway.
     */
    boolean firstUse(String issuer, String jti, Instant expiresAt);

    /** For messages whose handling is idempotent by business key, where a replay does no harm. */
    static ReplayGuard none() {
        return (issuer, jti, expiresAt) -> true;
    }
}
