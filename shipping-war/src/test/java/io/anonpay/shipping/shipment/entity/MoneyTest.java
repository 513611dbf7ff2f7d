package io.anonpay.shipping.shipment.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void carriesTheContractsAmountBothWays() {
        Money stored = Money.of(io.anonpay.common.contract.Money.of(1999, "EUR"));

        assertThat(stored.amount()).isEqualTo(1999);
        assertThat(stored.currency()).isEqualTo("EUR");
        assertThat(stored.toContract()).isEqualTo(io.anonpay.common.contract.Money.of(1999, "EUR"));
    }

    @Test
    void refusesANegativeAmountOrAnUnknownCurrency() {
        assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(100, "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
