package io.anonpay.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwkSetTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void publishesOkpKeysWithUseAndAlg() {
        KeyRing ring = KeyRing.generate(random);

        JsonObject jwks = JwkSet.toJson(ring.publicKeys());

        JsonObject enc = jwks.getJsonArray("keys").getJsonObject(0);
        JsonObject sig = jwks.getJsonArray("keys").getJsonObject(1);
        assertThat(enc.getString("kty")).isEqualTo("OKP");
        assertThat(enc.getString("crv")).isEqualTo("X25519");
        assertThat(enc.getString("use")).isEqualTo("enc");
        assertThat(enc.getString("kid")).isEqualTo(ring.activeSealingKey().kid());
        assertThat(enc.containsKey("d")).as("never a private member").isFalse();
        assertThat(sig.getString("crv")).isEqualTo("Ed25519");
        assertThat(sig.getString("use")).isEqualTo("sig");
        assertThat(sig.getString("alg")).isEqualTo("EdDSA");
        assertThat(sig.getString("x")).isEqualTo(ring.activeSigningKey().publicKey().x());
    }

    @Test
    void parsesWhatItPublishesInOrder() {
        KeyRing ring = new KeyRing(
                List.of(SealingKeyPair.generate(random), SealingKeyPair.generate(random)),
                List.of(SigningKeyPair.generate(random)));

        PublicKeySet parsed = JwkSet.parse(JwkSet.toJsonString(ring.publicKeys()));

        assertThat(parsed).isEqualTo(ring.publicKeys());
        assertThat(parsed.activeSealingKey()).isEqualTo(ring.activeSealingKey().publicKey());
    }

    @Test
    void skipsKeysItDoesNotUseAndDerivesMissingKids() {
        String x = SealingKeyPair.generate(random).publicKey().x();
        PublicKeySet parsed = JwkSet.parse("""
                {"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"},
                         {"kty":"OKP","crv":"X25519","use":"sig","x":"%s"},
                         {"kty":"OKP","crv":"X25519","x":"%s"}]}""".formatted(x, x));

        assertThat(parsed.sealingKeys()).hasSize(1);
        assertThat(parsed.activeSealingKey().kid()).isEqualTo(KeyIds.kid("X25519", Base64Url.decode(x).orElseThrow()));
        assertThat(parsed.signingKeys()).isEmpty();
    }

    @Test
    void refusesBrokenSets() {
        assertThatThrownBy(() -> JwkSet.parse("[]")).isInstanceOf(InvalidKeySetException.class);
        assertThatThrownBy(() -> JwkSet.parse("{\"keys\":1}")).isInstanceOf(InvalidKeySetException.class);
        assertThatThrownBy(() -> JwkSet.parse("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"AAAA\"}]}"))
                .isInstanceOf(InvalidKeySetException.class);
        String x = SealingKeyPair.generate(random).publicKey().x();
        assertThatThrownBy(() -> JwkSet.parse("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"X25519\",\"kid\":\"a\",\"x\":\"" + x
                + "\"},{\"kty\":\"OKP\",\"crv\":\"X25519\",\"kid\":\"a\",\"x\":\"" + x + "\"}]}"))
                .isInstanceOf(InvalidKeySetException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> JwkSet.parse("{\"keys\":[]}").activeSealingKey())
                .isInstanceOf(InvalidKeySetException.class);
    }
}
