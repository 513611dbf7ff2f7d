package io.anonpay.common.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** An Ed25519 key pair that signs this server's messages. */
public final class SigningKeyPair {

    private final Ed25519PrivateKeyParameters privateKey;
    private final PublicSigningKey publicKey;

    public SigningKeyPair(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = PublicSigningKey.of(privateKey.generatePublicKey().getEncoded());
    }

    public static SigningKeyPair generate(SecureRandom random) {
        return new SigningKeyPair(new Ed25519PrivateKeyParameters(random));
    }

    public String kid() {
        return publicKey.kid();
    }

    public PublicSigningKey publicKey() {
        return publicKey;
    }

    public Ed25519PrivateKeyParameters privateKey() {
        return privateKey;
    }

    /** Only the kid: a private key must never reach a log. */
    @Override
    public String toString() {
        return "SigningKeyPair[" + kid() + "]";
    }
}
