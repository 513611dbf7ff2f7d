package io.anonpay.common.crypto.sign;

import io.anonpay.common.crypto.PublicKeySet;
import java.util.Map;
import java.util.Optional;

/**
 * The partners whose signatures we accept, by issuer id. An implementation may fetch a partner's
 * {@code api/keys} on first use or when a kid is unknown; the verifier only asks.
 */
@FunctionalInterface
public interface TrustedKeys {

    /** The issuer's published keys, or empty when we do not trust this issuer at all. */
    Optional<PublicKeySet> keysOf(String issuer);

    /** As {@link #keysOf(String)}, for a message signed with {@code kid}: a chance to fetch a key that is new. */
    default Optional<PublicKeySet> keysOf(String issuer, String kid) {
        return keysOf(issuer);
    }

    static TrustedKeys of(Map<String, PublicKeySet> keysByIssuer) {
        Map<String, PublicKeySet> copy = Map.copyOf(keysByIssuer);
        return issuer -> Optional.ofNullable(copy.get(issuer));
    }
}
