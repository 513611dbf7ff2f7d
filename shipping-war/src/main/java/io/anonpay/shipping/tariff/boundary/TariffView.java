package io.anonpay.shipping.tariff.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.Tariff;

/**
 * A tariff as published: enough for anyone to compute a fee from a volume, and {@code signed}, the same terms as
 * a JWS by this company ({@code anonpay.tariff.v1+jwt}), which is what a mall or a credit company believes.
 */
public record TariffView(String version, String shippingCompany, String rule, Money baseFee, Money perKilogram,
        long cubicCentimetersPerKilogram, long minimumChargeableKilograms, long maximumCubicCentimeters,
        String signed) {

    static final String RULE = "fee = baseFee + perKilogram × max(minimumChargeableKilograms,"
            + " ceil(shippingVolume.cubicCentimeters / cubicCentimetersPerKilogram))";

    public static TariffView from(Tariff tariff, String signed) {
        return new TariffView(tariff.version(), tariff.shippingCompany(), RULE,
                Money.of(tariff.baseFee(), tariff.currency()), Money.of(tariff.perKilogram(), tariff.currency()),
                tariff.cubicCentimetersPerKilogram(), tariff.minimumKilograms(), tariff.maximumCubicCentimeters(),
                signed);
    }
}
