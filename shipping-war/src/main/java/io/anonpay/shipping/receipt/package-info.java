/**
 * Receipts to the mall: each accepted shipment and each status change is signed and written to the outbox in the
 * transaction that makes it; the outbox relay ({@code io.anonpay.shipping.outbox}) sends it once that commits.
 */
package io.anonpay.shipping.receipt;
