package io.anonpay.common.party;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotedFeesTest {

    /** The shipping company's default tariff. */
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
        assertThat(QuotedFees.check(tariff, volume, Money.of(fee, "EUR"))).isEqualTo(Money.of(fee, "EUR"));
    }

    @Test
    void anyOtherFeeIsAMismatch() {
        ShippingVolume volume = new ShippingVolume(12_000);

        assertProblem(() -> QuotedFees.check(tariff, volume, Money.of(719, "EUR")), "fee-mismatch", "719", "720");
        assertProblem(() -> QuotedFees.check(tariff, volume, Money.of(721, "EUR")), "fee-mismatch", "721");
        assertProblem(() -> QuotedFees.check(tariff, volume, Money.of(720, "USD")), "fee-mismatch", "USD");
        assertProblem(() -> QuotedFees.check(tariff, new ShippingVolume(15_001), Money.of(720, "EUR")),
                "fee-mismatch", tariff.version());
    }

    @Test
    void parcelsAboveTheMaximumAreRefusedWhateverTheFee() {
        assertProblem(() -> QuotedFees.check(tariff, new ShippingVolume(2_000_001), Money.of(44_500, "EUR")),
                "volume-exceeds-tariff", "2000001");
        assertProblem(() -> QuotedFees.check(tariff, new ShippingVolume(Long.MAX_VALUE), Money.of(0, "EUR")),
                "volume-exceeds-tariff", Long.toString(Long.MAX_VALUE));
    }

    @Test
    void theFeeAloneIsTheTariffsForAParcelItCarries() {
        assertThat(QuotedFees.fee(tariff, new ShippingVolume(12_000))).isEqualTo(Money.of(720, "EUR"));
        assertProblem(() -> QuotedFees.fee(tariff, new ShippingVolume(2_000_001)), "volume-exceeds-tariff",
                "2000001", "shipping", tariff.version());
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
