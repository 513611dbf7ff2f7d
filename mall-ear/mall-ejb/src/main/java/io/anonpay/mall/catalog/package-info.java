/**
 * The catalog: products with their price and packed size. The buyer reads it; only the operator changes it. Its
 * {@code Money} is the mall's one money value, also a purchase's sum.
 */
package io.anonpay.mall.catalog;
