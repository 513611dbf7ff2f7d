package io.anonpay.mall.purchase.control;

import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.ShippingTerms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShippingFeesTest {

    /** 3.90 and 1.10 a kilogram, 5,000 cm³ to the kilogram, at least 1 kg, up to 2,000,000 cm³. */
    private static final Tariff TARIFF = new Tariff("shipping", "EUR", 390, 110, 5_000, 1, 2_000_000);
    private static final Money SUM = new Money(6_848, "EUR");

    @Test
    void theFeeIsTheTariffsForTheParcelWithItsVersion() {
        ShippingTerms terms = ShippingFees.terms(TARIFF, SUM, 24_000);

        assertThat(terms.shippingCompany()).isEqualTo("shipping");
        assertThat(terms.fee().amount()).as("3.90 + 5 kg × 1.10").isEqualTo(940);
        assertThat(terms.fee().currency()).isEqualTo("EUR");
        assertThat(terms.tariffVersion()).isEqualTo(TARIFF.version());
        assertThat(ShippingFees.terms(TARIFF, SUM, 1_000).fee().amount()).as("the minimum kilogram").isEqualTo(500);
        assertThat(ShippingFees.terms(TARIFF, SUM, 2_000_000).fee().amount())
                .isEqualTo(TARIFF.fee(new ShippingVolume(2_000_000)).amount());
    }

    @Test
    void aParcelTheTariffDoesNotCarryIsRefused() {
        assertThatThrownBy(() -> ShippingFees.terms(TARIFF, SUM, 2_000_001))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.problem().type().toString()).endsWith("/volume-exceeds-tariff");
                    assertThat(problem).hasMessageContaining("2000000 cm³");
                });
    }

    @Test
    void aTariffInAnotherCurrencyThanThePurchaseIsRefused() {
        assertThatThrownBy(() -> ShippingFees.terms(TARIFF, new Money(6_848, "CHF"), 24_000))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.problem().type().toString()).endsWith("/tariff-currency-mismatch");
                    assertThat(problem).hasMessageContaining("EUR").hasMessageContaining("CHF");
                });
    }
}
