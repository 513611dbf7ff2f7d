package io.anonpay.common.crypto.sign;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.SigningKeyPair;
import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs a message as a compact JWS with this server's active Ed25519 key. The header names the key
 * ({@code kid}) and the message kind ({@code typ}); the claims carry iss, aud, iat, exp and a
 * random jti next to the message's own fields.
 */
public final class JwsSigner {

    static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "aud", "iat", "exp", "nbf", "jti", "sub");

    private final SigningKeyPair key;
    private final Clock clock;

    public JwsSigner(SigningKeyPair key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /**
     * @param type      the {@code typ} of this message kind, checked by the receiver
     * @param body      the message's own fields; must not use a registered claim name
     * @param expiresAt after which the receiver refuses it; whole seconds are kept
     */
    public String sign(String type, String issuer, String audience, Instant expiresAt, JsonObject body) {
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a message must expire after it is issued");
        }
        JsonObjectBuilder claims = Jsonp.object()
                .add("iss", issuer)
                .add("aud", audience)
                .add("iat", now.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        body.forEach((name, value) -> {
            if (REGISTERED_CLAIMS.contains(name)) {
                throw new IllegalArgumentException("the body must not set the claim " + name);
            }
            claims.add(name, value);
        });
        JsonObject header = Jsonp.object()
                .add("alg", Ed25519Jws.ALG).add("kid", key.kid()).add("typ", type).build();
        String signingInput = segment(header) + "." + segment(claims.build());
        return signingInput + "." + Base64Url.encode(Ed25519Jws.sign(key.privateKey(), signingInput));
    }

    private static String segment(JsonObject json) {
        return Base64Url.encode(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
