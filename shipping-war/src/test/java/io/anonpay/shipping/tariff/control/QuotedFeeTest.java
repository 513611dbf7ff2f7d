package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotedFeeTest {

    /** Today's standard tariff, as microprofile-config.properties configures it. */
    private final Tariff tariff = new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000);

    @ParameterizedTest(name = "{0} cm³ → {1} kg → {2} cents")
    @CsvSource({
            "0, 1, 500",
            "1, 1, 500",
            "5000, 1, 500",
            "5001, 2, 610",
            "12000, 3, 720",
            "2000000, 400, 44390"})
    void theTariffsFeeForTheVolumeIsAccepted(long cubicCentimeters, long kilograms, long fee) {
        ShippingVolume volume = new ShippingVolume(cubicCentimeters);

        assertThat(tariff.chargeableKilograms(volume)).isEqualTo(kilograms);
        assertThat(QuotedFee.check(tariff, volume, Money.of(fee, "EUR"))).isEqualTo(Money.of(fee, "EUR"));
    }

    @Test
    void anyOtherFeeIsAMismatch() {
        ShippingVolume volume = new ShippingVolume(12_000);

        assertProblem(() -> QuotedFee.check(tariff, volume, Money.of(719, "EUR")), "fee-mismatch", "719", "720");
        assertProblem(() -> QuotedFee.check(tariff, volume, Money.of(721, "EUR")), "fee-mismatch", "721");
        assertProblem(() -> QuotedFee.check(tariff, volume, Money.of(720, "USD")), "fee-mismatch", "USD");
        assertProblem(() -> QuotedFee.check(tariff, new ShippingVolume(15_001), Money.of(720, "EUR")),
                "fee-mismatch", tariff.version());
    }

    @Test
    void parcelsAboveTheMaximumAreRefusedWhateverTheFee() {
        assertProblem(() -> QuotedFee.check(tariff, new ShippingVolume(2_000_001), Money.of(44_500, "EUR")),
                "volume-exceeds-tariff", "2000001");
        assertProblem(() -> QuotedFee.check(tariff, new ShippingVolume(Long.MAX_VALUE), Money.of(0, "EUR")),
                "volume-exceeds-tariff", Long.toString(Long.MAX_VALUE));
    }

    @Test
    void anUnknownVersionIsNamedInTheProblem() {
        ProblemException unknown = QuotedFee.unknownTariff("tAAAAAAAAAAAAAAAA");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problem().type().toString()).endsWith("/unknown-tariff");
        assertThat(unknown.getMessage()).contains("tAAAAAAAAAAAAAAAA");
    }

    private static void assertProblem(Runnable check, String slug, String... mentions) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.problem().type().toString()).endsWith("/" + slug);
                    assertThat(problem.getMessage()).contains(mentions);
                });
    }
}
