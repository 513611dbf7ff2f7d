package io.anonpay.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void showsMinorUnitsWithTheCurrencysDecimals() {
        assertThat(Formats.money(2499, "EUR")).isEqualTo("EUR 24.99");
        assertThat(Formats.money(5, "EUR")).isEqualTo("EUR 0.05");
        assertThat(Formats.money(100000, "USD")).isEqualTo("USD 1000.00");
        assertThat(Formats.money(500, "JPY")).isEqualTo("JPY 500");
        assertThat(Formats.money(1234, "KWD")).isEqualTo("KWD 1.234");
        assertThat(Formats.money(-250, "EUR")).isEqualTo("EUR -2.50");
    }

    @Test
    void doesNotGuessTheDecimalsOfAnUnknownCurrency() {
        assertThat(Formats.money(2499, "ZZZ")).isEqualTo("ZZZ 2499 (minor units)");
    }

    @Test
    void readsMoneyFromJson() {
        var money = jakarta.json.Json.createObjectBuilder().add("amount", 2499).add("currency", "EUR").build();

        assertThat(Formats.money(money)).isEqualTo("EUR 24.99");
        assertThat(Formats.money((jakarta.json.JsonObject) null)).isEqualTo("?");
    }

    @Test
    void showsOnlyTheLastFourDigitsOfACard() {
        assertThat(Formats.maskedCard("4000 0012-3456 7899")).isEqualTo("**** 7899");
        assertThat(Formats.maskedCard("12")).isEqualTo("****");
    }

    @Test
    void showsVolumeAndTheWeightCharged() {
        var volume = jakarta.json.Json.createObjectBuilder().add("cubicCentimeters", 12000).add("weightGrams", 800)
                .add("dimensionalWeightGrams", 2400).build();

        assertThat(Formats.volume(volume)).isEqualTo("12,000 cm3, 800 g (charged as 2,400 g by size)");
    }
}
