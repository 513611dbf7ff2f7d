/**
 * The outbox relay: sends the payment requests committed to the outbox to each credit company's queue every second
 * and right after each commit, waiting out broker outages with the requests kept in the database.
 */
package io.anonpay.mall.outbox;
