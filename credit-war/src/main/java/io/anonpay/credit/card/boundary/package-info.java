/** HTTP side of cards: the operator issues cards and looks at them; request validation of card numbers. */
package io.anonpay.credit.card.boundary;
