package io.anonpay.common.crypto;

import java.time.Instant;

/**
 * What a rotation did: the key ids now active (published at {@code api/keys} at once, first of their kind), when
 * they became active, and the pair they replaced, which keeps opening and verifying until {@code previousRetireAt}.
 */
public record KeyRotation(String sealingKid, String signingKid, Instant activeFrom,
                          String previousSealingKid, String previousSigningKid, Instant previousRetireAt) {
}
