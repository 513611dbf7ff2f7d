package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Money as stored: minor units of an ISO 4217 currency (the columns are named where it is embedded). */
@Embeddable
public class Amount {

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 3)
    private String currency;

    protected Amount() {
    }

    private Amount(long amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    public static Amount of(Money money) {
        return new Amount(money.amount(), money.currency());
    }

    public Money money() {
        return Money.of(amount, currency);
    }
}
