package io.anonpay.credit.card.boundary;

import io.anonpay.common.validation.CurrencyCode;
import io.anonpay.credit.card.entity.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What the operator sends to issue a card: to whom, with what limit, and the cardholder's password. */
public record CardIssueRequest(
        @NotBlank @Size(max = 200) String customerName,
        @NotNull @Valid Limit limit,
        @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password) {
    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public CardIssueRequest(String customerName, Limit limit, String password) {
        this.customerName = customerName;
        this.limit = limit;
        this.password = password;
    }

    /** {@code amount} is a {@code Long}: left out, it is refused, not taken as 0 as a {@code long} would be. */
    public record Limit(
            @NotNull @PositiveOrZero @Max(value = 100_000_000_00L, message = "must be at most 10,000,000,000 minor units")
            Long amount,
            @NotNull @CurrencyCode String currency) {

        /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
        public Limit(Long amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }
    }

    Money money() {
        return new Money(limit.amount(), limit.currency());
    }
}
