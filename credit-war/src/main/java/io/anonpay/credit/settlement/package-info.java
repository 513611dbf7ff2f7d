/**
 * Settling a purchase: verify the mall's payment instructions, check the cardholder, and in one transaction
 * debit the card, record the settlement with its sealed settlement identifier and put the signed result in the
 * outbox, which a relay sends to the mall's queue once the transaction has committed.
 */
package io.anonpay.credit.settlement;
