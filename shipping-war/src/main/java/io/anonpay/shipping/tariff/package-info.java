/**
 * The published tariff: what a parcel costs from its volume alone (dimensional weight), so that the shipping
 * company never needs to know what is inside.
 */
package io.anonpay.shipping.tariff;
