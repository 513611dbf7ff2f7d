/**
 * How a server consumes its partners' messages: apply each once, send again what may pass after a growing pause,
 * dead-letter what never will with its reason. The mall's consumers and the credit company's use the same rules.
 */
package io.anonpay.common.delivery;
