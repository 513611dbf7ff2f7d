package io.anonpay.common.crypto.sign;

import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.BAD_SIGNATURE;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.EXPIRED;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.NOT_YET_VALID;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.REPLAYED;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.UNKNOWN_ISSUER;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.UNKNOWN_KEY;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.WRONG_AUDIENCE;
import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.WRONG_TYPE;

import io.anonpay.common.crypto.PublicSigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies a compact JWS from a trusted partner. The signature is checked before anything the
 * message says is believed; only then its type, audience, time window and, last, its uniqueness,
 * so that a forged message can never use up a genuine message id.
 */
public final class JwsVerifier {

    /** Clocks of separate servers drift; a minute is generous for NTP and small for an attacker. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);

    private final TrustedKeys trustedKeys;
    private final Clock clock;
    private final Duration skew;
    private final ReplayGuard replayGuard;

    public JwsVerifier(TrustedKeys trustedKeys, Clock clock, Duration skew, ReplayGuard replayGuard) {
        this.trustedKeys = trustedKeys;
        this.clock = clock;
        this.skew = skew;
        this.replayGuard = replayGuard;
    }

    public JwsVerifier(TrustedKeys trustedKeys, Clock clock, ReplayGuard replayGuard) {
        this(trustedKeys, clock, DEFAULT_SKEW, replayGuard);
    }

    /**
     * @throws SignatureRejectedException with the first reason that applies
     */
    public VerifiedToken verify(String token, String expectedType, String expectedAudience) {
        ParsedJws jws = ParsedJws.parse(token);
        PublicSigningKey key = trustedKeys.keysOf(jws.issuer(), jws.kid())
                .orElseThrow(() -> reject(UNKNOWN_ISSUER, "not a trusted issuer: " + jws.issuer()))
                .signingKey(jws.kid())
                .orElseThrow(() -> reject(UNKNOWN_KEY, jws.issuer() + " has no signing key " + jws.kid()));
        if (!Ed25519Jws.verify(key.parameters(), jws.signingInput(), jws.signature())) {
            throw reject(BAD_SIGNATURE, "the signature does not match the message");
        }
        if (!expectedType.equals(jws.type())) {
            throw reject(WRONG_TYPE, "expected a " + expectedType + ", got a " + jws.type());
        }
        if (!expectedAudience.equals(jws.audience())) {
            throw reject(WRONG_AUDIENCE, "the message is meant for " + jws.audience());
        }
        Instant now = clock.instant();
        if (now.isAfter(jws.expiresAt().plus(skew))) {
            throw reject(EXPIRED, "the message expired at " + jws.expiresAt());
        }
        if (jws.notBefore().isAfter(now.plus(skew))) {
            throw reject(NOT_YET_VALID, "the message is valid from " + jws.notBefore());
        }
        if (!replayGuard.firstUse(jws.issuer(), jws.jti(), jws.expiresAt().plus(skew))) {
            throw reject(REPLAYED, "the message " + jws.jti() + " was already used");
        }
        return new VerifiedToken(jws.type(), jws.issuer(), jws.audience(), jws.kid(), jws.jti(),
                jws.issuedAt(), jws.expiresAt(), jws.claims());
    }

    static SignatureRejectedException reject(SignatureRejectedException.Reason reason, String message) {
        return new SignatureRejectedException(reason, message);
    }
}
