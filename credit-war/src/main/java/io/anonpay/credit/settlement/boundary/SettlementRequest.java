package io.anonpay.credit.settlement.boundary;

import io.anonpay.credit.card.boundary.CardNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the buyer brings: the mall's signed payment instructions (compact JWS), a card number and its password. */
public record SettlementRequest(
        @NotBlank @Size(max = 16384, message = "must be a compact JWS of at most 16 KiB") String instructions,
        @NotBlank @CardNumber String cardNumber,
        @NotNull @Size(min = 1, max = 128, message = "must be 1 to 128 characters") String password) {
    /** Declared so the constraints stay on the components: Payara's OpenAPI generator fails on constrained
     * constructor parameters. */
    public SettlementRequest(String instructions, String cardNumber, String password) {
        this.instructions = instructions;
        this.cardNumber = cardNumber;
        this.password = password;
    }

}
