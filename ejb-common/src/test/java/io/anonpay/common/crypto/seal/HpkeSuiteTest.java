package io.anonpay.common.crypto.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** RFC 9180 appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode. */
class HpkeSuiteTest {

    static final byte[] INFO = Hex.decode("4f6465206f6e2061204772656369616e2055726e");
    static final byte[] IKM_E = Hex.decode("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
    static final String SK_EM = "52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736";
    static final String PK_EM = "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431";
    static final byte[] IKM_R = Hex.decode("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037");
    static final String SK_RM = "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8";
    static final String PK_RM = "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d";
    static final byte[] PT = Hex.decode("4265617574792069732074727574682c20747275746820626561757479");
    static final byte[] AAD_0 = Hex.decode("436f756e742d30");
    static final String CT_0 = "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a";

    private final HPKE hpke = HpkeSuite.suite();

    @Test
    void derivesTheRfcKeyPairs() {
        AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(IKM_E);
        AsymmetricCipherKeyPair recipient = hpke.deriveKeyPair(IKM_R);

        assertThat(Hex.toHexString(hpke.serializePrivateKey(ephemeral.getPrivate()))).isEqualTo(clamped(SK_EM));
        assertThat(Hex.toHexString(hpke.serializePublicKey(ephemeral.getPublic()))).isEqualTo(PK_EM);
        assertThat(Hex.toHexString(hpke.serializePrivateKey(recipient.getPrivate()))).isEqualTo(clamped(SK_RM));
        assertThat(Hex.toHexString(hpke.serializePublicKey(recipient.getPublic()))).isEqualTo(PK_RM);
    }

    /**
     * The RFC prints the raw derived scalar; BouncyCastle serializes it clamped (RFC 7748 section 5).
     * X25519 clamps before every use, so both stand for the same key.
     */
    private static String clamped(String scalarHex) {
        byte[] k = Hex.decode(scalarHex);
        k[0] &= (byte) 248;
        k[31] &= 127;
        k[31] |= 64;
        return Hex.toHexString(k);
    }

    @Test
    void sealsToTheRfcEncAndSequenceZeroCiphertext() {
        AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(IKM_E);
        X25519PublicKeyParameters recipient = new X25519PublicKeyParameters(Hex.decode(PK_RM));

        byte[] sealed = HpkeSuite.seal(recipient, INFO, AAD_0, PT, ephemeral);

        assertThat(Hex.toHexString(sealed)).isEqualTo(PK_EM + CT_0);
    }

    @Test
    void opensTheRfcCiphertext() throws InvalidCipherTextException {
        AsymmetricCipherKeyPair recipient = hpke.deserializePrivateKey(Hex.decode(SK_RM), Hex.decode(PK_RM));

        assertThat(HpkeSuite.open(Hex.decode(PK_EM + CT_0), recipient, INFO, AAD_0)).isEqualTo(PT);
    }

    @Test
    void refusesTheRfcCiphertextUnderAnotherInfoOrAad() {
        AsymmetricCipherKeyPair recipient = hpke.deserializePrivateKey(Hex.decode(SK_RM), Hex.decode(PK_RM));
        byte[] sealed = Hex.decode(PK_EM + CT_0);

        assertThatThrownBy(() -> HpkeSuite.open(sealed, recipient, "other".getBytes(), AAD_0))
                .isInstanceOf(InvalidCipherTextException.class);
        assertThatThrownBy(() -> HpkeSuite.open(sealed, recipient, INFO, "Count-1".getBytes()))
                .isInstanceOf(InvalidCipherTextException.class);
    }
}
