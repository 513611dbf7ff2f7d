package io.anonpay.shipping.tariff.entity;

import io.anonpay.common.contract.Tariff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedTariffTest {

    private final Tariff standard = new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000);

    @Test
    void givesBackTheTermsOfItsVersion() {
        assertThat(new PublishedTariff(standard.version(), standard).terms()).isEqualTo(standard);
    }

    @Test
    void aRowWhoseTermsAreNotItsVersionsIsRefused() {
        Tariff cheaper = new Tariff("shipping", "EUR", 1, 110, 5000, 1, 2_000_000);

        assertThatThrownBy(() -> new PublishedTariff(standard.version(), cheaper).terms())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(standard.version()).hasMessageContaining(cheaper.version());
    }
}
