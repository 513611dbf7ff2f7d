package io.anonpay.mall.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount in minor units of an ISO 4217 currency, never a double. Each owner names the columns with attribute
 * overrides: a product's price, a purchase's sum.
 */
@Embeddable
public class Money {

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
    }

    public Money(long amount, String currency) {
        if (amount < 0) {
            throw new IllegalArgumentException("an amount is never negative");
        }
        this.amount = amount;
        this.currency = Currency.getInstance(Objects.requireNonNull(currency)).getCurrencyCode();
    }

    public static Money of(io.anonpay.common.contract.Money wire) {
        return new Money(wire.amount(), wire.currency());
    }

    public io.anonpay.common.contract.Money toContract() {
        return io.anonpay.common.contract.Money.of(amount, currency);
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** A value: the same amount in the same currency is the same money. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount == money.amount && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
