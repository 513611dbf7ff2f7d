package io.anonpay.mall.purchase.entity;

/** One line of what was bought, as it travels sealed inside the purchase identifier. */
public record SealedItem(String product, int quantity) {
}
