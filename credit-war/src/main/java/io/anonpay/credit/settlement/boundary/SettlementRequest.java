package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.problem.ProblemException;
import io.anonpay.credit.card.boundary.CardNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the buyer brings: the mall's signed payment instructions (compact JWS) and either a card number and its
 * password, or the token of a payment session opened with them ({@code POST api/payment-sessions}). Exactly one
 * of the two ways: {@link #requireOneWayToPay()}.
 */
public record SettlementRequest(
        @NotBlank @Size(max = 16384, message = "must be a compact JWS of at most 16 KiB") String instructions,
        @CardNumber String cardNumber,
        @Size(min = 1, max = 128, message = "must be 1 to 128 characters") String password,
        @Size(min = 1, max = 128, message = "must be 1 to 128 characters") String sessionToken) {
    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public SettlementRequest(String instructions, String cardNumber, String password, String sessionToken) {
        this.instructions = instructions;
        this.cardNumber = cardNumber;
        this.password = password;
        this.sessionToken = sessionToken;
    }

    /** True when the buyer pays within a payment session (after {@link #requireOneWayToPay()}). */
    boolean inSession() {
        return sessionToken != null;
    }

    /**
     * Either cardNumber and password, or sessionToken alone: a 400 invalid-request problem otherwise. A method, not
     * a class-level constraint: see io.anonpay.common.validation.
     */
    void requireOneWayToPay() {
        boolean credentials = cardNumber != null || password != null;
        if (sessionToken != null && credentials) {
            throw ProblemException.invalid("invalid-request",
                    "give either cardNumber and password, or sessionToken, not both");
        }
        if (sessionToken == null && (cardNumber == null || password == null)) {
            throw ProblemException.invalid("invalid-request", cardNumber == null && password == null
                    ? "give either cardNumber and password, or sessionToken"
                    : (cardNumber == null ? "cardNumber" : "password") + ": must not be null");
        }
    }
}
