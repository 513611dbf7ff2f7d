package io.anonpay.credit.card.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.entity.Card;

/** The answer to issuing a card: the only response that ever carries the full card number. */
public record IssuedCard(long id, String cardNumber, String maskedNumber, String customerName, Money balance) {

    static IssuedCard from(Card card, String number) {
        return new IssuedCard(card.id(), number, CardNumbers.masked(card.lastFour()), card.customer().name(),
                card.balance().toContract());
    }
}
