package io.anonpay.common.crypto.sign;

import jakarta.json.JsonObject;
import java.time.Instant;

/** A message whose signature, type, audience, time window and uniqueness have all been checked. */
public record VerifiedToken(String type, String issuer, String audience, String kid, String jti,
        Instant issuedAt, Instant expiresAt, JsonObject claims) {
}
