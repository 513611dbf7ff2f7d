package io.anonpay.mall.purchase.entity;

/**
 * What the mall computes from its own catalog for a purchase: the payment sum and what the parcel will be
 * (volume, actual weight, and dimensional weight by the common 5,000 cm³/kg rule).
 */
public record Totals(long sumAmount, String currency, long volumeCubicCm, long weightGrams,
                     long dimensionalWeightGrams, int itemCount) {
}
