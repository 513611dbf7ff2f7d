/**
 * How the credit company consumes its partners' messages (the mall's requests, the shipping companies' fee claims):
 * the shared delivery rules (apply once, send again what may pass, dead-letter what never will) with its own
 * connection factory and attempts.
 */
package io.anonpay.credit.delivery;
