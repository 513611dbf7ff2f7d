package io.anonpay.mall.purchase.web;

import io.anonpay.common.validation.CurrencyCode;
import io.anonpay.mall.catalog.entity.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The operator's refund: an amount in the purchase's currency and why. The reason stays at the mall: the credit
 * company learns the amount only, the buyer sees neither reason nor operator.
 */
public record RefundRequest(@NotNull @Valid Amount amount, @NotBlank @Size(max = 500) String reason) {

    public record Amount(
            @Positive @Max(value = 100_000_000_00L, message = "must be at most 10,000,000,000 minor units") long amount,
            @NotNull @CurrencyCode String currency) {

        public Amount(long amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }
    }

    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public RefundRequest(Amount amount, String reason) {
        this.amount = amount;
        this.reason = reason;
    }

    Money money() {
        return new Money(amount.amount(), amount.currency());
    }
}
