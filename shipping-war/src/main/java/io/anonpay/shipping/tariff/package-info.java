/**
 * The published tariffs: what a parcel costs from its volume alone (dimensional weight), so that the shipping
 * company never needs to know what is inside. The current one comes from configuration; every version ever
 * published is kept and served signed, and the fee in a mall's instructions is checked against the one it names.
 */
package io.anonpay.shipping.tariff;
