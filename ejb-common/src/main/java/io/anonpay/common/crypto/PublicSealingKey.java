package io.anonpay.common.crypto;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/** The public half of an X25519 sealing key: what a partner seals identifiers to. */
public final class PublicSealingKey {

    public static final String CURVE = "X25519";

    private final String kid;
    private final byte[] encoded;

    PublicSealingKey(String kid, byte[] encoded) {
        if (encoded.length != X25519PublicKeyParameters.KEY_SIZE || !KeyIds.isWellFormed(kid)) {
            throw new IllegalArgumentException("not an X25519 public key with a well-formed kid");
        }
        this.kid = kid;
        this.encoded = encoded.clone();
    }

    /** The key with its derived kid (see {@link KeyIds}). */
    public static PublicSealingKey of(byte[] encoded) {
        return new PublicSealingKey(KeyIds.kid(CURVE, encoded), encoded);
    }

    public String kid() {
        return kid;
    }

    /** The JWK {@code x} member: base64url of the 32-byte u-coordinate. */
    public String x() {
        return Base64Url.encode(encoded);
    }

    public X25519PublicKeyParameters parameters() {
        return new X25519PublicKeyParameters(encoded);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicSealingKey that && kid.equals(that.kid) && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kid, Arrays.hashCode(encoded));
    }

    @Override
    public String toString() {
        return "PublicSealingKey[" + kid + "]";
    }
}
