/**
 * The outbox relay: sends the receipts committed to the outbox to the mall's queue every second and right after
 * each commit, waiting out broker outages with the receipts kept in the database.
 */
package io.anonpay.shipping.outbox;
