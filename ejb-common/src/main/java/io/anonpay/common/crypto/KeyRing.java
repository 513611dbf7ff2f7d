package io.anonpay.common.crypto;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * All generations of a server's own key pairs, newest first. The newest pair of each kind is
 * active for sealing and signing; every generation is kept so identifiers sealed and messages
 * signed before a rotation can still be opened and verified.
 */
public final class KeyRing {

    private final List<SealingKeyPair> sealingKeys;
    private final List<SigningKeyPair> signingKeys;

    /** Both lists newest first, neither empty. */
    public KeyRing(List<SealingKeyPair> sealingKeys, List<SigningKeyPair> signingKeys) {
        if (sealingKeys.isEmpty() || signingKeys.isEmpty()) {
            throw new InvalidKeySetException("a key ring needs at least one sealing and one signing key");
        }
        this.sealingKeys = List.copyOf(sealingKeys);
        this.signingKeys = List.copyOf(signingKeys);
    }

    /** A fresh in-memory ring, for tests and tools; servers load theirs with {@link KeyDirectory}. */
    public static KeyRing generate(SecureRandom random) {
        return new KeyRing(List.of(SealingKeyPair.generate(random)), List.of(SigningKeyPair.generate(random)));
    }

    public SealingKeyPair activeSealingKey() {
        return sealingKeys.get(0);
    }

    public Optional<SealingKeyPair> sealingKey(String kid) {
        return sealingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    public SigningKeyPair activeSigningKey() {
        return signingKeys.get(0);
    }

    public Optional<SigningKeyPair> signingKey(String kid) {
        return signingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    public List<SealingKeyPair> sealingKeys() {
        return sealingKeys;
    }

    public List<SigningKeyPair> signingKeys() {
        return signingKeys;
    }

    /** The public-only view, in the same order: what {@code api/keys} publishes. */
    public PublicKeySet publicKeys() {
        return new PublicKeySet(
                sealingKeys.stream().map(SealingKeyPair::publicKey).toList(),
                signingKeys.stream().map(SigningKeyPair::publicKey).toList());
    }
}
