package io.anonpay.common.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A purchase id's SHA-256, the one key every party files a purchase under. The sealed id itself is too long for
 * a unique index, and the digest reveals nothing the id did not. The first eight bytes double as the number of
 * an advisory lock that serialises concurrent requests for the same purchase.
 */
public final class PurchaseKey {

    private final byte[] digest;

    private PurchaseKey(byte[] digest) {
        this.digest = digest;
    }

    public static PurchaseKey of(String purchaseId) {
        try {
            return new PurchaseKey(MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(purchaseId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The 32 bytes, for a {@code bytea} column. */
    public byte[] bytes() {
        return digest.clone();
    }

    /** The 64 lower-case hex digits, for a text column or a log line. */
    public String hex() {
        return HexFormat.of().formatHex(digest);
    }

    public long lockNumber() {
        return ByteBuffer.wrap(digest).getLong();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurchaseKey key && Arrays.equals(digest, key.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return hex();
    }
}
