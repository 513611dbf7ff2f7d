/**
 * The outbox relay: sends the receipts and fee claims committed to the outbox to their queues every second and
 * right after each commit, waiting out broker outages with the messages kept in the database.
 */
package io.anonpay.shipping.outbox;
