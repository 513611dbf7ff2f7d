/**
 * The cardholder's statement: balance, holds and what is available, and settlements (sum, date, opaque purchase
 * id, the payment's state and its holds, captures, voids, expiries and refunds; its shipping line, the fee's claim
 * or release, and whether the parcel went to another name), after the same password check and lockout as a payment.
 * There are no product names to show, and that is the point.
 */
package io.anonpay.credit.statement;
