package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.problem.ProblemException;

/**
 * Prices a parcel by its dimensional weight: volume in cm³ divided by {@code cubicCentimetersPerKilogram}, rounded
 * up to whole kilograms, at least {@code minimumKilograms}. Fee = base fee + per-kilogram price × chargeable
 * kilograms, in minor units of one currency. Parcels above {@code maximumCubicCentimeters} are not carried.
 */
public record Tariff(String currency, long baseFee, long perKilogram, long cubicCentimetersPerKilogram,
        long minimumKilograms, long maximumCubicCentimeters) {

    /** The tariff this company publishes at {@code api/tariff}. */
    public static final Tariff STANDARD = new Tariff("EUR", 390, 110, 5000, 1, 2_000_000);

    public long chargeableKilograms(ShippingVolume volume) {
        long cm3 = volume.cubicCentimeters();
        if (cm3 > maximumCubicCentimeters) {
            throw new ProblemException("volume-exceeds-tariff", "Parcel too large", 422,
                    "a shipping volume of " + cm3 + " cm³ exceeds the tariff's maximum of "
                            + maximumCubicCentimeters + " cm³");
        }
        long kilograms = (cm3 + cubicCentimetersPerKilogram - 1) / cubicCentimetersPerKilogram;
        return Math.max(minimumKilograms, kilograms);
    }

    public Money fee(ShippingVolume volume) {
        return Money.of(baseFee + perKilogram * chargeableKilograms(volume), currency);
    }
}
