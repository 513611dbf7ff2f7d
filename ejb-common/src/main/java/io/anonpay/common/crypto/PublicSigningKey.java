package io.anonpay.common.crypto;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** The public half of an Ed25519 signing key: what a partner verifies our signatures with. */
public final class PublicSigningKey {

    public static final String CURVE = "Ed25519";

    private final String kid;
    private final byte[] encoded;
    /** Decoded once: decoding the point is part of every verification otherwise. Immutable, so shared. */
    private final Ed25519PublicKeyParameters parameters;

    PublicSigningKey(String kid, byte[] encoded) {
        if (encoded.length != Ed25519PublicKeyParameters.KEY_SIZE || !KeyIds.isWellFormed(kid)) {
            throw new IllegalArgumentException("not an Ed25519 public key with a well-formed kid");
        }
        // Decoding the point rejects encodings that are not on the curve, up front.
        this.parameters = new Ed25519PublicKeyParameters(encoded);
        this.kid = kid;
        this.encoded = encoded.clone();
    }

    /** The key with its derived kid (see {@link KeyIds}). */
    public static PublicSigningKey of(byte[] encoded) {
        return new PublicSigningKey(KeyIds.kid(CURVE, encoded), encoded);
    }

    public String kid() {
        return kid;
    }

    /** The JWK {@code x} member: base64url of the 32-byte encoded point. */
    public String x() {
        return Base64Url.encode(encoded);
    }

    public Ed25519PublicKeyParameters parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicSigningKey that && kid.equals(that.kid) && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kid, Arrays.hashCode(encoded));
    }

    @Override
    public String toString() {
        return "PublicSigningKey[" + kid + "]";
    }
}
