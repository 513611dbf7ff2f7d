package io.anonpay.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;

class KeyIdsTest {

    // RFC 8037 appendix A.1 (private key d, public key x) and A.3 (its RFC 7638 thumbprint).
    static final String RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    static final String RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";

    @Test
    void thumbprintMatchesRfc8037() {
        assertThat(KeyIds.thumbprint("Ed25519", RFC8037_X)).isEqualTo(RFC8037_THUMBPRINT);
    }

    @Test
    void kidIsTheThumbprintPrefixOfTheDerivedPublicKey() {
        SigningKeyPair pair = new SigningKeyPair(new Ed25519PrivateKeyParameters(Base64Url.decode(RFC8037_D).orElseThrow()));

        assertThat(pair.publicKey().x()).isEqualTo(RFC8037_X);
        assertThat(pair.kid()).isEqualTo(RFC8037_THUMBPRINT.substring(0, KeyIds.KID_LENGTH));
    }

    @Test
    void kidsFromPartnersMustBeBase64UrlWithoutDots() {
        assertThat(KeyIds.isWellFormed("kPrK_qmxVWaYVA9w")).isTrue();
        assertThat(KeyIds.isWellFormed("a.b")).isFalse();
        assertThat(KeyIds.isWellFormed("")).isFalse();
        assertThat(KeyIds.isWellFormed(null)).isFalse();
    }

    @Test
    void base64UrlRejectsNonCanonicalText() {
        assertThat(Base64Url.decode("AQ")).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1));
        assertThat(Base64Url.decode("AR")).as("non-zero trailing bits").isEmpty();
        assertThat(Base64Url.decode("AQ==")).as("padding").isEmpty();
        assertThat(Base64Url.decode("A+")).as("standard alphabet").isEmpty();
    }
}
