/**
 * The catalog: products with their price and packed size. The buyer reads it; only the operator changes it.
 */
package io.anonpay.mall.catalog;
