package io.anonpay.credit.card.control;

import io.anonpay.common.validation.Luhn;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardNumbersTest {

    private final SecureRandom random = new SecureRandom();

    @RepeatedTest(20)
    void generatesSixteenLuhnValidDigitsWithTheIssuerPrefix() {
        String number = CardNumbers.generate("990042", random);

        assertThat(number).hasSize(16).startsWith("990042").containsOnlyDigits();
        assertThat(Luhn.isValid(number)).isTrue();
    }

    @Test
    void refusesAPrefixThatIsNotDigits() {
        assertThatThrownBy(() -> CardNumbers.generate("99x", random)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesWhatPeopleType() {
        assertThat(CardNumbers.normalize(" 4111 1111-1111 1111 ")).isEqualTo("4111111111111111");
        assertThat(CardNumbers.plausible("4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.plausible("4111 1111 1111 1112")).isFalse();
        assertThat(CardNumbers.plausible("4111")).isFalse();
    }

    @Test
    void masksAllButTheLastFour() {
        String number = CardNumbers.generate("990042", random);
        String masked = CardNumbers.masked(CardNumbers.lastFour(number));

        assertThat(masked).endsWith(number.substring(12)).doesNotContain(number.substring(0, 12));
        assertThat(masked.replaceAll("[^0-9]", "")).hasSize(4);
    }
}
