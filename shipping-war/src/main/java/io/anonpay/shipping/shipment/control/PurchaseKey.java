package io.anonpay.shipping.shipment.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A purchase id's SHA-256: the unique key of its one shipment (the id itself can be too long for an index) and
 * the number of the advisory lock that serialises concurrent requests for the same purchase.
 */
public record PurchaseKey(String hex, long lockNumber) {

    public static PurchaseKey of(String purchaseId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(purchaseId.getBytes(StandardCharsets.UTF_8));
            return new PurchaseKey(HexFormat.of().formatHex(digest), ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
