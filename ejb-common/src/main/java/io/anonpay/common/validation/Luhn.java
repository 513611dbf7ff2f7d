package io.anonpay.common.validation;

/** The Luhn (mod 10) check digit (ISO/IEC 7812-1) of card and tracking numbers. Catches every single-digit typo. */
public final class Luhn {

    private Luhn() {
    }

    /** The digit to append to {@code payload} (digits only) so that the whole number passes {@link #isValid}. */
    public static int checkDigit(String payload) {
        int sum = sum(payload, true);
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() < 2 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return sum(number, false) % 10 == 0;
    }

    /** Doubles every second digit from the right; the rightmost is doubled when a check digit is still to come. */
    private static int sum(String digits, boolean doubleRightmost) {
        int sum = 0;
        boolean doubled = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
