/**
 * Settling a purchase: verify the mall's payment instructions and the shipping fee they carry (the shipping company's
 * signed tariff), admit the cardholder (password or payment session), and in one transaction hold the sum and the
 * fee on the card, record the settlement with its sealed settlement identifier and its fee line, and put the signed
 * result in the outbox, which {@code credit.outbox} relays to the mall once committed. The buyer's answer speaks the
 * contract's outcome vocabulary.
 */
package io.anonpay.credit.settlement;
