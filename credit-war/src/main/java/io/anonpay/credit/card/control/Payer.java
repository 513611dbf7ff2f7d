package io.anonpay.credit.card.control;

/**
 * The card a payment session pays with and the name of its customer, found by one query: the name is what the
 * settlement identifier seals, sealed before the card's row is locked. The name stays out of {@link #toString()}.
 */
public record Payer(long cardId, String customerName) {

    @Override
    public String toString() {
        return "Payer[cardId=" + cardId + "]";
    }
}
