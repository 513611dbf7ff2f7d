/**
 * The outbox relay: sends the settlement results committed to the outbox to the mall's queue every second and
 * right after each commit, waiting out broker outages with the results kept in the database.
 */
package io.anonpay.credit.outbox;
