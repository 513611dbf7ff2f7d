package io.anonpay.mall.catalog.web;

import io.anonpay.mall.catalog.entity.Product;

/** A product as the buyer sees it: price in minor units, packed size in cm and grams. */
public record ProductView(long id, String name, String description, MoneyView price, SizeView size) {

    public record MoneyView(long amount, String currency) {
    }

    public record SizeView(int lengthCm, int widthCm, int heightCm, int weightGrams) {
    }

    public static ProductView from(Product p) {
        return new ProductView(p.id(), p.name(), p.description(),
                new MoneyView(p.price().amount(), p.price().currency()),
                new SizeView(p.size().lengthCm(), p.size().widthCm(), p.size().heightCm(), p.size().weightGrams()));
    }
}
