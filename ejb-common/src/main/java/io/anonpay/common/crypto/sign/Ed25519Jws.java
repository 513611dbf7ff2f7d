package io.anonpay.common.crypto.sign;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** The JWS "EdDSA" algorithm for Ed25519 (RFC 8037 section 3.1): pure Ed25519, no pre-hash. */
final class Ed25519Jws {

    static final String ALG = "EdDSA";
    static final int SIGNATURE_SIZE = 64;

    private Ed25519Jws() {
    }

    /** Signs {@code base64url(header) "." base64url(payload)}, the exact ASCII bytes that are sent. */
    static byte[] sign(Ed25519PrivateKeyParameters key, String signingInput) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] bytes = signingInput.getBytes(StandardCharsets.US_ASCII);
        signer.update(bytes, 0, bytes.length);
        return signer.generateSignature();
    }

    static boolean verify(Ed25519PublicKeyParameters key, String signingInput, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        byte[] bytes = signingInput.getBytes(StandardCharsets.US_ASCII);
        verifier.update(bytes, 0, bytes.length);
        return verifier.verifySignature(signature);
    }
}
