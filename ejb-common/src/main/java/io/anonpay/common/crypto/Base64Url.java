package io.anonpay.common.crypto;

import java.util.Base64;
import java.util.Optional;

/**
 * Unpadded base64url (RFC 4648 section 5), as JOSE and our identifiers use it. Decoding is strict:
 * the JDK decoder ignores non-zero trailing bits, which would let two different strings stand for
 * the same bytes; we only accept the canonical encoding so a text maps to exactly one value.
 */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** The bytes, or empty when the text is not canonical unpadded base64url. */
    public static Optional<byte[]> decode(String text) {
        if (text == null || text.indexOf('=') >= 0) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODER.decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
