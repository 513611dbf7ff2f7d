package io.anonpay.common.crypto;

import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Public keys as a JWK set (RFC 7517) of OKP keys (RFC 8037): X25519 with {@code "use":"enc"},
 * Ed25519 with {@code "use":"sig","alg":"EdDSA"}. Order is meaningful: the first key of each kind
 * is the active one. Parsing skips keys of other types, as RFC 7517 section 5 asks, so a partner
 * may publish more than we understand.
 */
public final class JwkSet {

    private JwkSet() {
    }

    public static JsonObject toJson(PublicKeySet keys) {
        JsonArrayBuilder array = Jsonp.array();
        keys.sealingKeys().forEach(key -> array.add(Jsonp.object()
                .add("kty", "OKP").add("crv", PublicSealingKey.CURVE).add("use", "enc")
                .add("kid", key.kid()).add("x", key.x())));
        keys.signingKeys().forEach(key -> array.add(Jsonp.object()
                .add("kty", "OKP").add("crv", PublicSigningKey.CURVE).add("use", "sig").add("alg", "EdDSA")
                .add("kid", key.kid()).add("x", key.x())));
        return Jsonp.object().add("keys", array).build();
    }

    public static String toJsonString(PublicKeySet keys) {
        return toJson(keys).toString();
    }

    public static PublicKeySet parse(String json) {
        try (JsonReader reader = Jsonp.reader(json)) {
            return parse(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            throw new InvalidKeySetException("the JWK set is not a JSON object", notAnObject);
        }
    }

    public static PublicKeySet parse(JsonObject jwks) {
        if (!(jwks.get("keys") instanceof jakarta.json.JsonArray keys)) {
            throw new InvalidKeySetException("the JWK set has no \"keys\" array");
        }
        List<PublicSealingKey> sealing = new ArrayList<>();
        List<PublicSigningKey> signing = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (JsonValue value : keys) {
            if (!(value instanceof JsonObject jwk) || !"OKP".equals(text(jwk, "kty"))) {
                continue;
            }
            String crv = text(jwk, "crv");
            try {
                if (PublicSealingKey.CURVE.equals(crv) && usable(jwk, "enc", null)) {
                    sealing.add(new PublicSealingKey(kid(jwk, crv, kids), x(jwk)));
                } else if (PublicSigningKey.CURVE.equals(crv) && usable(jwk, "sig", "EdDSA")) {
                    signing.add(new PublicSigningKey(kid(jwk, crv, kids), x(jwk)));
                }
            } catch (IllegalArgumentException notAKey) {
                throw new InvalidKeySetException("a JWK is not a valid " + crv + " public key", notAKey);
            }
        }
        return new PublicKeySet(sealing, signing);
    }

    /** A key published for another use or algorithm is not one we may use for this one. */
    private static boolean usable(JsonObject jwk, String use, String alg) {
        String declaredUse = text(jwk, "use");
        String declaredAlg = text(jwk, "alg");
        return (declaredUse == null || declaredUse.equals(use))
                && (declaredAlg == null || declaredAlg.equals(alg));
    }

    private static String kid(JsonObject jwk, String crv, Set<String> seen) {
        String kid = text(jwk, "kid");
        if (kid == null) {
            kid = KeyIds.kid(crv, x(jwk));
        }
        if (!KeyIds.isWellFormed(kid) || !seen.add(kid)) {
            throw new InvalidKeySetException("the JWK set has a malformed or duplicate kid");
        }
        return kid;
    }

    private static byte[] x(JsonObject jwk) {
        byte[] x = Base64Url.decode(text(jwk, "x"))
                .orElseThrow(() -> new InvalidKeySetException("a JWK has no base64url \"x\""));
        if (x.length != 32) {
            throw new InvalidKeySetException("a JWK \"x\" is not 32 bytes");
        }
        return x;
    }

    private static String text(JsonObject jwk, String name) {
        return jwk.get(name) instanceof JsonString string ? string.getString() : null;
    }
}
