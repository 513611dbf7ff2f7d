package io.anonpay.mall.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units of an ISO 4217 currency. Never a double. */
@Embeddable
public class Money {

    @Column(name = "price_amount", nullable = false)
    private long amount;

    @Column(name = "price_currency", nullable = false, length = 3)
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

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }
}
