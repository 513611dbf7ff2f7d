/**
 * Clearing: what the credit companies owe this shipping company, one line per shipment (its fee, due from the
 * moment the parcel was accepted and its fee claimed), for the operator to reconcile with their reports.
 */
package io.anonpay.shipping.clearing;
