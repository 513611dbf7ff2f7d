/**
 * Customers and their cards: issuing a card with a limit and a password, finding a card by its number without
 * ever storing the number, checking the cardholder's password (Argon2id, bounded concurrency) and locking a card
 * after repeated failures.
 */
package io.anonpay.credit.card;
