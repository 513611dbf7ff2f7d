/**
 * The cardholder's statement: balance and settlements (sum, date, opaque purchase id), after the same password
 * check and lockout as a payment. There are no product names to show, and that is the point.
 */
package io.anonpay.credit.statement;
