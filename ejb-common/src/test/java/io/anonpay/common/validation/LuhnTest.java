package io.anonpay.common.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LuhnTest {

    @Test
    void acceptsKnownValidNumbers() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
        assertThat(Luhn.isValid("5555555555554444")).isTrue();
    }

    @Test
    void computesTheCheckDigit() {
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo(1);
    }

    @Test
    void catchesEverySingleDigitTypo() {
        String valid = "4111111111111111";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(Luhn.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void rejectsWhatIsNotDigits() {
        assertThat(Luhn.isValid(null)).isFalse();
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid("4111 1111 1111 1111")).isFalse();
        assertThat(Luhn.isValid("41111111111111a1")).isFalse();
    }
}
