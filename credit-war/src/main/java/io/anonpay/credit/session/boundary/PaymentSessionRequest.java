package io.anonpay.credit.session.boundary;

import io.anonpay.credit.card.boundary.CardNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The cardholder's credentials, checked once for the whole payment session. */
public record PaymentSessionRequest(
        @NotBlank @CardNumber String cardNumber,
        @NotNull @Size(min = 1, max = 128, message = "must be 1 to 128 characters") String password) {
    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public PaymentSessionRequest(String cardNumber, String password) {
        this.cardNumber = cardNumber;
        this.password = password;
    }

}
