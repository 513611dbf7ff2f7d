package io.anonpay.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an audit row names as the action's target. An internal number (a card's, a product's id) is kept as it is;
 * anything else, a purchase's sealed id, a shipping id, a dead letter's message id, or whatever a refused request
 * carried in its path, becomes {@code sha256:} and the first 16 hex digits of its SHA-256: the operator who holds the
 * identifier can find its rows, nobody learns the identifier (or a card number typed into a path) from the trail.
 */
public final class AuditTarget {

    static final String RULE = "an id of at most 12 digits, or sha256: and 16 hex digits";
    private static final Pattern INTERNAL_ID = Pattern.compile("\\d{1,12}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{16}");

    private AuditTarget() {
    }

    /** The opaque target for an identifier; null for none. Card numbers are longer than 12 digits: digested. */
    public static String of(String identifier) {
        if (identifier == null) {
            return null;
        }
        return INTERNAL_ID.matcher(identifier).matches() ? identifier : digest(identifier);
    }

    /** An internal id, as the entity that was just created has it. */
    public static String of(long internalId) {
        return of(Long.toString(internalId));
    }

    static boolean isOpaque(String target) {
        return INTERNAL_ID.matcher(target).matches() || DIGEST.matcher(target).matches();
    }

    private static String digest(String identifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
