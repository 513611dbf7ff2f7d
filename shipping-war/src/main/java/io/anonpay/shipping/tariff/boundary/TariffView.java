package io.anonpay.shipping.tariff.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.shipping.tariff.control.Tariff;

/** The tariff as published: enough for anyone to compute a fee from a volume. */
public record TariffView(String rule, Money baseFee, Money perKilogram, long cubicCentimetersPerKilogram,
        long minimumChargeableKilograms, long maximumCubicCentimeters) {

    static final String RULE = "fee = baseFee + perKilogram × max(minimumChargeableKilograms,"
            + " ceil(shippingVolume.cubicCentimeters / cubicCentimetersPerKilogram))";

    public static TariffView from(Tariff tariff) {
        return new TariffView(RULE, Money.of(tariff.baseFee(), tariff.currency()),
                Money.of(tariff.perKilogram(), tariff.currency()), tariff.cubicCentimetersPerKilogram(),
                tariff.minimumKilograms(), tariff.maximumCubicCentimeters());
    }
}
