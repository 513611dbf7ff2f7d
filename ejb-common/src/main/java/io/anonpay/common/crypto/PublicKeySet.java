package io.anonpay.common.crypto;

import java.util.List;
import java.util.Optional;

/**
 * The public keys of one party, as published in its JWK set: what a partner seals to and verifies
 * with. Lists run newest first, so the first sealing key is the one to seal new identifiers to;
 * older ones stay listed so signatures made before a rotation still verify.
 */
public record PublicKeySet(List<PublicSealingKey> sealingKeys, List<PublicSigningKey> signingKeys) {

    public PublicKeySet {
        sealingKeys = List.copyOf(sealingKeys);
        signingKeys = List.copyOf(signingKeys);
    }

    /** The key to seal new identifiers to. */
    public PublicSealingKey activeSealingKey() {
        if (sealingKeys.isEmpty()) {
            throw new InvalidKeySetException("the key set has no X25519 key to seal to");
        }
        return sealingKeys.get(0);
    }

    public Optional<PublicSealingKey> sealingKey(String kid) {
        return sealingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    public Optional<PublicSigningKey> signingKey(String kid) {
        return signingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }
}
