/**
 * HTTP side of cards: the operator issues cards and looks at them; request validation of card numbers; the 429
 * answer when too many password checks run at once.
 */
package io.anonpay.credit.card.boundary;
