package io.anonpay.mall.purchase.entity;

import io.anonpay.mall.catalog.entity.Money;

import java.util.Objects;

/**
 * What shipping a purchase costs (claim 6): the fee the shipping company's signed tariff {@code tariffVersion} asks
 * for the parcel, fixed on the purchase when the buyer designates that company, in the purchase's currency.
 */
public record ShippingTerms(String shippingCompany, Money fee, String tariffVersion) {

    public ShippingTerms {
        Objects.requireNonNull(shippingCompany, "shippingCompany");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(tariffVersion, "tariffVersion");
    }
}
