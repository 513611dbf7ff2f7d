package io.anonpay.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void multipliesAndAddsInMinorUnits() {
        assertThat(Money.of(1999, "EUR").times(3)).isEqualTo(Money.of(5997, "EUR"));
        assertThat(Money.of(500, "JPY").plus(Money.of(250, "JPY"))).isEqualTo(Money.of(750, "JPY"));
    }

    @Test
    void refusesNegativeAmountsAndOverflow() {
        assertThatThrownBy(() -> Money.of(-1, "EUR"))
                .isInstanceOfSatisfying(InvalidContractException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(1, "EUR").times(-1)).isInstanceOf(InvalidContractException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
                .isInstanceOf(InvalidContractException.class).hasMessageContaining("USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eur", "EURO", "ABC", "€"})
    void refusesWhatIsNotAnIsoCurrencyCode(String currency) {
        assertThatThrownBy(() -> Money.of(1, currency))
                .isInstanceOfSatisfying(InvalidContractException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void refusesAMissingCurrency() {
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(InvalidContractException.class);
    }
}
