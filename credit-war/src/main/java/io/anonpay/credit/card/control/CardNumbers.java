package io.anonpay.credit.card.control;

import io.anonpay.common.validation.Luhn;
import java.security.SecureRandom;

/** Making, normalising and masking card numbers. A card number only ever exists in memory and in one response. */
public final class CardNumbers {

    public static final int LENGTH = 16;

    private CardNumbers() {
    }

    /** {@code prefix} (the issuer identification number) + random digits + the Luhn check digit: 16 digits. */
    public static String generate(String prefix, SecureRandom random) {
        if (!prefix.matches("[0-9]{1,8}")) {
            throw new IllegalArgumentException("the issuer prefix must be 1 to 8 digits");
        }
        StringBuilder payload = new StringBuilder(prefix);
        while (payload.length() < LENGTH - 1) {
            payload.append(random.nextInt(10));
        }
        return payload.append(Luhn.checkDigit(payload.toString())).toString();
    }

    /** What people type: digits, perhaps grouped with spaces or hyphens. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** A plausible card number: 12 to 19 digits with a valid check digit. */
    public static boolean plausible(String typed) {
        String digits = normalize(typed);
        return digits.length() >= 12 && digits.length() <= 19 && Luhn.isValid(digits);
    }

    public static String lastFour(String number) {
        return number.substring(number.length() - 4);
    }

    /** The only way a card number is ever shown after issuing: "•••• •••• •••• 1234". */
    public static String masked(String lastFour) {
        return "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 " + lastFour;
    }
}
