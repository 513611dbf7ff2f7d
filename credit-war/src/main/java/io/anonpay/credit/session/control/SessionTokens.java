package io.anonpay.credit.session.control;

import io.anonpay.common.crypto.Base64Url;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;

/** Session tokens: 32 random bytes as unpadded base64url; the database keeps only the SHA-256 of those bytes. */
public final class SessionTokens {

    public static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {
    }

    /** A fresh token: its text for the buyer and its hash for the database. */
    public record Issued(String token, byte[] hash) {
    }

    public static Issued issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return new Issued(Base64Url.encode(bytes), sha256(bytes));
    }

    /** The hash to look a presented token up by; empty when the text cannot be a token at all. */
    public static Optional<byte[]> hashOf(String token) {
        return Base64Url.decode(token).filter(bytes -> bytes.length == TOKEN_BYTES).map(SessionTokens::sha256);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
