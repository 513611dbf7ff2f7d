package io.anonpay.shipping.shipment.control;

import io.anonpay.common.validation.Luhn;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Shipping identifiers: {@code AP}, 12 random digits and a Luhn (mod 10) check digit, e.g. {@code AP4815162342008}.
 * Random, not sequential: holding the number is what lets a buyer follow the parcel (about 40 bits to guess).
 * The check digit catches a mistyped number before any lookup.
 */
public final class TrackingNumbers {

    public static final String PREFIX = "AP";
    static final int RANDOM_DIGITS = 12;
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[0-9]{" + (RANDOM_DIGITS + 1) + "}");

    private TrackingNumbers() {
    }

    public static String next(SecureRandom random) {
        StringBuilder digits = new StringBuilder(RANDOM_DIGITS + 1);
        for (int i = 0; i < RANDOM_DIGITS; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return PREFIX + digits + checkDigit(digits);
    }

    /** Well formed, with a matching check digit. */
    public static boolean isValid(String candidate) {
        if (candidate == null || !SHAPE.matcher(candidate).matches()) {
            return false;
        }
        String digits = candidate.substring(PREFIX.length());
        return checkDigit(digits.substring(0, RANDOM_DIGITS)) == digits.charAt(RANDOM_DIGITS);
    }

    static char checkDigit(CharSequence payload) {
        return (char) ('0' + Luhn.checkDigit(payload.toString()));
    }
}
