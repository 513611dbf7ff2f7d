/**
 * The shipping fee of a payment, owed to the shipping company its instructions name: that company's signed claim,
 * sent when it accepts the parcel, debits the fee held with the goods once, and tells us whether the parcel goes to
 * the cardholder (the sealed recipient name, opened and compared here, kept only as yes or no).
 */
package io.anonpay.credit.fee;
