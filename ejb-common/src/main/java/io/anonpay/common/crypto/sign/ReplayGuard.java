package io.anonpay.common.crypto.sign;

import java.time.Instant;

/**
 * Asked last by {@link JwsVerifier} whether a message id is used for the first time. Every
 * server passes {@link #none()}: each message of the protocol is applied once per purchase, so
 * a replay changes nothing (docs/protocol.md, section 3, says why message by message). A message
 * that is not idempotent would need a real guard, backed by a table keyed by (issuer, jti) so
 * that a replay is refused even after a restart or on another node.
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
