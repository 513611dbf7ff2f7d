package io.anonpay.shipping.shipment.control;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingNumbersTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void luhnCheckDigitMatchesKnownValues() {
        // 7992739871 → 3 is the textbook Luhn example.
        assertThat(TrackingNumbers.checkDigit("7992739871")).isEqualTo('3');
        assertThat(TrackingNumbers.checkDigit("000000000000")).isEqualTo('0');
        assertThat(TrackingNumbers.isValid("AP0000000000000")).isTrue();
    }

    @RepeatedTest(20)
    void generatedNumbersAreWellFormedAndValid() {
        String number = TrackingNumbers.next(random);

        assertThat(number).matches("AP[0-9]{13}");
        assertThat(TrackingNumbers.isValid(number)).isTrue();
    }

    @Test
    void everySingleDigitTypoIsCaught() {
        String number = TrackingNumbers.next(random);
        for (int i = 2; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(i)) {
                    String typo = number.substring(0, i) + d + number.substring(i + 1);
                    assertThat(TrackingNumbers.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void adjacentSwapsAreCaught() {
        String number = "AP1234567890128";
        assertThat(TrackingNumbers.isValid(number)).isTrue();
        assertThat(TrackingNumbers.isValid("AP2134567890128")).isFalse();
    }

    @Test
    void otherShapesAreInvalid() {
        assertThat(TrackingNumbers.isValid(null)).isFalse();
        assertThat(TrackingNumbers.isValid("")).isFalse();
        assertThat(TrackingNumbers.isValid("XX0000000000000")).isFalse();
        assertThat(TrackingNumbers.isValid("AP000000000000")).isFalse();
        assertThat(TrackingNumbers.isValid("AP00000000000000")).isFalse();
        assertThat(TrackingNumbers.isValid("ap0000000000000")).isFalse();
    }

    @Test
    void numbersAreRandom() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(TrackingNumbers.next(random));
        }
        assertThat(seen).hasSize(1000);
    }
}
