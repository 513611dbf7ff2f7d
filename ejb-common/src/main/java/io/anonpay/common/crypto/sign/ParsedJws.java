package io.anonpay.common.crypto.sign;

import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.MALFORMED;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.KeyIds;
import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A compact JWS taken apart but not yet trusted. Everything the verifier needs must be present and
 * well typed here, so later checks never meet a null; anything else is MALFORMED.
 */
record ParsedJws(String signingInput, byte[] signature, String kid, String type, String issuer,
        String audience, String jti, Instant issuedAt, Instant notBefore, Instant expiresAt, JsonObject claims) {

    /** Far above our largest message, far below what would cost a server memory. */
    static final int MAX_LENGTH = 16 * 1024;
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    static ParsedJws parse(String token) {
        if (token == null || token.length() > MAX_LENGTH || !COMPACT.matcher(token).matches()) {
            throw malformed("not a compact JWS", null);
        }
        int lastDot = token.lastIndexOf('.');
        String[] parts = token.split("\\.");
        try {
            JsonObject header = json(parts[0]);
            JsonObject claims = json(parts[1]);
            if (!Ed25519Jws.ALG.equals(text(header, "alg")) || header.containsKey("crit")) {
                throw malformed("the JWS must use alg EdDSA and no critical extensions", null);
            }
            String kid = text(header, "kid");
            if (!KeyIds.isWellFormed(kid)) {
                throw malformed("the JWS header has no well-formed kid", null);
            }
            Instant issuedAt = Instant.ofEpochSecond(seconds(claims, "iat"));
            Instant notBefore = claims.containsKey("nbf") ? Instant.ofEpochSecond(seconds(claims, "nbf")) : issuedAt;
            byte[] signature = Base64Url.decode(parts[2]).orElseThrow(() -> malformed("bad signature encoding", null));
            return new ParsedJws(token.substring(0, lastDot), signature, kid, required(header, "typ"),
                    required(claims, "iss"), required(claims, "aud"), required(claims, "jti"),
                    issuedAt, notBefore.isAfter(issuedAt) ? notBefore : issuedAt,
                    Instant.ofEpochSecond(seconds(claims, "exp")), claims);
        } catch (SignatureRejectedException e) {
            throw e;
        } catch (RuntimeException unreadable) {
            // JSON syntax, wrong JSON types, numbers out of range: all the sender's fault.
            throw malformed("the JWS header or claims are not valid JSON of the expected shape", unreadable);
        }
    }

    private static JsonObject json(String segment) {
        byte[] bytes = Base64Url.decode(segment).orElseThrow(() -> malformed("bad base64url in the JWS", null));
        try (JsonReader reader = Jsonp.reader(new String(bytes, StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    private static String required(JsonObject json, String name) {
        String value = text(json, name);
        if (value == null || value.isBlank()) {
            throw malformed("the JWS lacks \"" + name + "\"", null);
        }
        return value;
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static long seconds(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonNumber number)) {
            throw malformed("the JWS lacks the numeric claim \"" + name + "\"", null);
        }
        return number.longValueExact();
    }

    private static SignatureRejectedException malformed(String message, Throwable cause) {
        return new SignatureRejectedException(MALFORMED, message, cause);
    }
}
