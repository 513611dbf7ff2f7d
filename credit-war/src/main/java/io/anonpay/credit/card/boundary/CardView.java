package io.anonpay.credit.card.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.credit.card.control.CardNumbers;
import io.anonpay.credit.card.entity.Card;

import java.time.Instant;

/** A card as the operator sees it: masked, with its balance, the holds on it and its lock state. */
public record CardView(long id, String maskedNumber, String customerName, Money balance, Money held, String status,
        int failedAttempts, Instant lockedUntil) {

    static CardView from(Card card, Instant now) {
        return new CardView(card.id(), CardNumbers.masked(card.lastFour()), card.customer().name(),
                card.balance().toContract(), card.held().toContract(), card.status().name(), card.failedAttempts(),
                card.lockedAt(now) ? card.lockedUntil() : null);
    }
}
