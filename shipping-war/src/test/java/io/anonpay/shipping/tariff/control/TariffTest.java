package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TariffTest {

    private final Tariff tariff = Tariff.STANDARD;

    @ParameterizedTest(name = "{0} cm³ → {1} kg → {2} cents")
    @CsvSource({
            "0, 1, 500",
            "1, 1, 500",
            "5000, 1, 500",
            "5001, 2, 610",
            "12000, 3, 720",
            "2000000, 400, 44390"})
    void feeIsBasePlusChargeableKilogramsOfDimensionalWeight(long cubicCentimeters, long kilograms, long fee) {
        ShippingVolume volume = new ShippingVolume(cubicCentimeters);

        assertThat(tariff.chargeableKilograms(volume)).isEqualTo(kilograms);
        assertThat(tariff.fee(volume)).isEqualTo(Money.of(fee, "EUR"));
    }

    @Test
    void parcelsAboveTheMaximumAreRefused() {
        assertThatThrownBy(() -> tariff.fee(new ShippingVolume(2_000_001)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(422))
                .hasMessageContaining("2000001");
    }

    @Test
    void aHugeVolumeDoesNotOverflow() {
        assertThatThrownBy(() -> tariff.fee(new ShippingVolume(Long.MAX_VALUE))).isInstanceOf(ProblemException.class);
    }
}
