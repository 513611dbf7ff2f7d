package io.anonpay.common.crypto.sign;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.common.crypto.Base64Url;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.Test;

/** RFC 8037 appendix A.4 and A.5: the JWS of "Example of Ed25519 signing". */
class Ed25519JwsTest {

    static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    static final String SIGNING_INPUT = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    static final String SIGNATURE = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    @Test
    void signingInputIsTheRfcHeaderAndPayload() {
        assertThat(SIGNING_INPUT).isEqualTo(Base64Url.encode("{\"alg\":\"EdDSA\"}".getBytes())
                + "." + Base64Url.encode("Example of Ed25519 signing".getBytes()));
    }

    @Test
    void signsExactlyAsTheRfc() {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(Base64Url.decode(D).orElseThrow());

        assertThat(Base64Url.encode(Ed25519Jws.sign(key, SIGNING_INPUT))).isEqualTo(SIGNATURE);
    }

    @Test
    void verifiesTheRfcSignatureAndNothingElse() {
        Ed25519PublicKeyParameters key = new Ed25519PublicKeyParameters(Base64Url.decode(X).orElseThrow());
        byte[] signature = Base64Url.decode(SIGNATURE).orElseThrow();

        assertThat(Ed25519Jws.verify(key, SIGNING_INPUT, signature)).isTrue();
        assertThat(Ed25519Jws.verify(key, SIGNING_INPUT + "x", signature)).isFalse();
        signature[0] ^= 1;
        assertThat(Ed25519Jws.verify(key, SIGNING_INPUT, signature)).isFalse();
        assertThat(Ed25519Jws.verify(key, SIGNING_INPUT, new byte[63])).isFalse();
    }
}
