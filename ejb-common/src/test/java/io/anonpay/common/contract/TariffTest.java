package io.anonpay.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TariffTest {

    private final Tariff standard = new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000);

    @Test
    void feeIsBaseFeePlusChargeableKilogramsRoundedUpWithAMinimum() {
        assertThat(standard.fee(new ShippingVolume(0))).isEqualTo(Money.of(500, "EUR"));
        assertThat(standard.fee(new ShippingVolume(5000))).isEqualTo(Money.of(500, "EUR"));
        assertThat(standard.fee(new ShippingVolume(5001))).isEqualTo(Money.of(610, "EUR"));
        assertThat(standard.fee(new ShippingVolume(12_480))).isEqualTo(Money.of(720, "EUR"));
        assertThat(standard.fee(new ShippingVolume(2_000_000))).isEqualTo(Money.of(390 + 110 * 400, "EUR"));
    }

    @Test
    void aParcelAboveTheMaximumIsNotCarried() {
        assertThat(standard.carries(new ShippingVolume(2_000_001))).isFalse();
        assertThatThrownBy(() -> standard.fee(new ShippingVolume(2_000_001)))
                .isInstanceOf(InvalidContractException.class).hasMessageContaining("shippingVolume");
    }

    @Test
    void theVersionIsDerivedFromTheTermsAndEveryTermChangesIt() {
        assertThat(standard.version()).isEqualTo(new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000).version());
        assertThat(Tariff.isVersion(standard.version())).isTrue();
        assertThat(new Tariff("shipping", "EUR", 391, 110, 5000, 1, 2_000_000).version()).isNotEqualTo(standard.version());
        assertThat(new Tariff("shipping", "USD", 390, 110, 5000, 1, 2_000_000).version()).isNotEqualTo(standard.version());
        assertThat(new Tariff("other", "EUR", 390, 110, 5000, 1, 2_000_000).version()).isNotEqualTo(standard.version());
        assertThat(new Tariff("shipping", "EUR", 390, 110, 5000, 2, 2_000_000).version()).isNotEqualTo(standard.version());
    }

    @Test
    void impossibleTermsAreRefused() {
        assertThatThrownBy(() -> new Tariff("shipping", "EUR", 390, 110, 0, 1, 2_000_000))
                .isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new Tariff("shipping", "EUR", -1, 110, 5000, 1, 2_000_000))
                .isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new Tariff("shipping", "XXY", 390, 110, 5000, 1, 2_000_000))
                .isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new Tariff("shipping", "EUR", Long.MAX_VALUE, 110, 5000, 1, 2_000_000))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aFeeInAnotherCurrencyThanTheSumIsRefusedInInstructions() {
        assertThatThrownBy(() -> new PaymentInstructions("p", Money.of(1, "EUR"), "shipping", new ShippingVolume(1),
                Money.of(500, "USD"), standard.version(), "mall", "credit", "https://mall.example/r",
                Fixtures.NOW)).isInstanceOf(InvalidContractException.class).hasMessageContaining("shippingFee");
        assertThatThrownBy(() -> new PaymentInstructions("p", Money.of(1, "EUR"), "shipping", new ShippingVolume(1),
                Money.of(500, "EUR"), "v1", "mall", "credit", "https://mall.example/r",
                Fixtures.NOW)).isInstanceOf(InvalidContractException.class).hasMessageContaining("tariffVersion");
    }
}
