/**
 * Receipts to the mall: each accepted shipment and each status change is signed and written to the outbox in its
 * own transaction, and a relay sends what committed to the mall's queue, waiting out broker outages.
 */
package io.anonpay.shipping.receipt;
