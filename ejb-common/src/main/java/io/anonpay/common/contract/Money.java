package io.anonpay.common.contract;

import java.util.Currency;

/**
 * An amount in minor units of an ISO 4217 currency ({@code 1999} EUR is 19.99 EUR), never a
 * floating point number. JSON: {@code {"amount": 1999, "currency": "EUR"}}.
 */
public record Money(long amount, String currency) {

    public Money {
        if (amount < 0) {
            throw new InvalidContractException("amount", "must not be negative");
        }
        if (!isIsoCurrency(currency)) {
            throw new InvalidContractException("currency", "must be an ISO 4217 currency code such as EUR");
        }
    }

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    /** Price times quantity; overflow is an error, not a wrap-around. */
    public Money times(long quantity) {
        if (quantity < 0) {
            throw new InvalidContractException("quantity", "must not be negative");
        }
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidContractException("currency", "cannot add " + other.currency + " to " + currency);
        }
    }

    private static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
