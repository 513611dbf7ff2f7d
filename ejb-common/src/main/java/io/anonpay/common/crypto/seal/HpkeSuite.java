package io.anonpay.common.crypto.seal;

import io.anonpay.common.crypto.InvalidKeySetException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * HPKE base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM (suite 0x0020/0x0001/
 * 0x0001), single-shot: each identifier gets a fresh ephemeral key, so sequence number 0 is the
 * only one ever used. Output is {@code enc || ciphertext}. A new {@link HPKE} per call because
 * BouncyCastle does not promise that one is safe to share between threads.
 */
final class HpkeSuite {

    static final int ENC_SIZE = 32;
    static final int TAG_SIZE = 16;

    private HpkeSuite() {
    }

    static byte[] seal(X25519PublicKeyParameters recipient, byte[] info, byte[] aad, byte[] plaintext) {
        return seal(recipient, info, aad, plaintext, null);
    }

    /** With a given ephemeral key pair only so the RFC 9180 test vectors can be reproduced. */
    static byte[] seal(X25519PublicKeyParameters recipient, byte[] info, byte[] aad, byte[] plaintext,
            AsymmetricCipherKeyPair ephemeral) {
        HPKE hpke = suite();
        HPKEContextWithEncapsulation context;
        try {
            context = ephemeral == null ? hpke.setupBaseS(recipient, info) : hpke.setupBaseS(recipient, info, ephemeral);
        } catch (IllegalStateException degenerateKey) {
            // A low-order public key gives an all-zero shared secret, which X25519 refuses.
            throw new InvalidKeySetException("the recipient's X25519 key is not usable", degenerateKey);
        }
        try {
            byte[] ciphertext = context.seal(aad, plaintext);
            byte[] enc = context.getEncapsulation();
            byte[] out = new byte[enc.length + ciphertext.length];
            System.arraycopy(enc, 0, out, 0, enc.length);
            System.arraycopy(ciphertext, 0, out, enc.length, ciphertext.length);
            return out;
        } catch (InvalidCipherTextException cannotHappenWhenSealing) {
            throw new IllegalStateException(cannotHappenWhenSealing);
        }
    }

    /**
     * Opens {@code enc || ciphertext}. Throws InvalidCipherTextException when it does not
     * authenticate; BouncyCastle may also throw unchecked exceptions on a degenerate {@code enc}.
     */
    static byte[] open(byte[] sealed, AsymmetricCipherKeyPair recipient, byte[] info, byte[] aad)
            throws InvalidCipherTextException {
        byte[] enc = new byte[ENC_SIZE];
        System.arraycopy(sealed, 0, enc, 0, ENC_SIZE);
        return suite().setupBaseR(enc, recipient, info).open(aad, sealed, ENC_SIZE, sealed.length - ENC_SIZE);
    }

    static HPKE suite() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    }
}
