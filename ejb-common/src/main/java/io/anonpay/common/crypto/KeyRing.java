package io.anonpay.common.crypto;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * A server's own key pairs in force, newest first. The newest pair of each kind is active for sealing and signing;
 * the older ones still open identifiers sealed and verify messages signed before a rotation, until they are retired.
 * A ring is either fixed (a value) or live ({@link #live(Source)}): a live ring asks its source on every use, so
 * whoever holds it follows a rotation without being told.
 */
public final class KeyRing {

    /** Where a live ring reads its keys. */
    public interface Source {

        /** The fixed ring in force now. */
        KeyRing current();

        /** A second look when a key id is not in {@link #current()}: another instance may have just rotated. */
        KeyRing lookAgain();
    }

    private final List<SealingKeyPair> sealingKeys;
    private final List<SigningKeyPair> signingKeys;
    private final Source source;

    /** Both lists newest first, neither empty. */
    public KeyRing(List<SealingKeyPair> sealingKeys, List<SigningKeyPair> signingKeys) {
        if (sealingKeys.isEmpty() || signingKeys.isEmpty()) {
            throw new InvalidKeySetException("a key ring needs at least one sealing and one signing key");
        }
        this.sealingKeys = List.copyOf(sealingKeys);
        this.signingKeys = List.copyOf(signingKeys);
        this.source = null;
    }

    private KeyRing(Source source) {
        this.sealingKeys = null;
        this.signingKeys = null;
        this.source = source;
    }

    /** A ring that is always what {@code source} holds now. */
    public static KeyRing live(Source source) {
        return new KeyRing(source);
    }

    /** A fresh in-memory ring, for tests and tools; servers load theirs with {@link KeyDirectory}. */
    public static KeyRing generate(SecureRandom random) {
        return new KeyRing(List.of(SealingKeyPair.generate(random)), List.of(SigningKeyPair.generate(random)));
    }

    public SealingKeyPair activeSealingKey() {
        return fixed().sealingKeys.get(0);
    }

    public Optional<SealingKeyPair> sealingKey(String kid) {
        Optional<SealingKeyPair> held = fixed().findSealing(kid);
        return held.isPresent() || source == null ? held : source.lookAgain().fixed().findSealing(kid);
    }

    public SigningKeyPair activeSigningKey() {
        return fixed().signingKeys.get(0);
    }

    public Optional<SigningKeyPair> signingKey(String kid) {
        Optional<SigningKeyPair> held = fixed().findSigning(kid);
        return held.isPresent() || source == null ? held : source.lookAgain().fixed().findSigning(kid);
    }

    public List<SealingKeyPair> sealingKeys() {
        return fixed().sealingKeys;
    }

    public List<SigningKeyPair> signingKeys() {
        return fixed().signingKeys;
    }

    /** The public-only view, in the same order: what {@code api/keys} publishes. */
    public PublicKeySet publicKeys() {
        KeyRing ring = fixed();
        return new PublicKeySet(
                ring.sealingKeys.stream().map(SealingKeyPair::publicKey).toList(),
                ring.signingKeys.stream().map(SigningKeyPair::publicKey).toList());
    }

    private KeyRing fixed() {
        return source == null ? this : source.current().fixed();
    }

    private Optional<SealingKeyPair> findSealing(String kid) {
        return sealingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    private Optional<SigningKeyPair> findSigning(String kid) {
        return signingKeys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }
}
