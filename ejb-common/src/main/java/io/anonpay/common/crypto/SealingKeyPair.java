package io.anonpay.common.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/** An X25519 key pair that opens identifiers sealed to its public half. */
public final class SealingKeyPair {

    private final X25519PrivateKeyParameters privateKey;
    private final PublicSealingKey publicKey;

    public SealingKeyPair(X25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = PublicSealingKey.of(privateKey.generatePublicKey().getEncoded());
    }

    public static SealingKeyPair generate(SecureRandom random) {
        return new SealingKeyPair(new X25519PrivateKeyParameters(random));
    }

    public String kid() {
        return publicKey.kid();
    }

    public PublicSealingKey publicKey() {
        return publicKey;
    }

    public X25519PrivateKeyParameters privateKey() {
        return privateKey;
    }

    /** The pair in the shape BouncyCastle's HPKE receiver wants. */
    public AsymmetricCipherKeyPair asCipherKeyPair() {
        return new AsymmetricCipherKeyPair(publicKey.parameters(), privateKey);
    }

    /** Only the kid: a private key must never reach a log. */
    @Override
    public String toString() {
        return "SealingKeyPair[" + kid() + "]";
    }
}
