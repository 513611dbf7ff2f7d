/**
 * The outbox relay: sends the settlement results and payment updates committed to the outbox to the mall's queues
 * every second and right after each commit, waiting out broker outages with the messages kept in the database.
 */
package io.anonpay.credit.outbox;
