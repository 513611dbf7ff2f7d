/**
 * Clearing: what this credit company owes its counterparties, one line per purchase key: each mall the goods it
 * captured less what it refunded, each shipping company the fees it claimed; for the operator to reconcile with the
 * counterparties' own reports.
 */
package io.anonpay.credit.clearing;
