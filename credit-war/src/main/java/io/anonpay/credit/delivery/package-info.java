/**
 * How the credit company consumes the mall's messages: the shared delivery rules (apply once, send again what may
 * pass, dead-letter what never will) with its own connection factory and attempts.
 */
package io.anonpay.credit.delivery;
