package io.anonpay.common.contract;

import java.util.regex.Pattern;

/**
 * The mall's request to the credit company that approved a purchase: capture the held sum, void the hold, or
 * refund part of what was captured. Signed by the mall ({@code mall} is the issuer, {@code creditCompany} the
 * audience) and sent over JMS through the mall's outbox. It names the purchase and an amount, nothing else: no
 * product, no reason (the mall keeps the reason for a refund to itself), and the mall never learns the card.
 *
 * @param requestId unique per request, made by the mall: the credit company applies each one once, however
 *                  often it arrives
 */
public record PaymentRequest(String requestId, String purchaseId, Action action, Money amount, String mall,
        String creditCompany) {

    /** At most 64 letters, digits, dots, underscores or hyphens: a UUID fits, so does a prefixed one. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** What the mall asks for. */
    public enum Action {
        /** Turn the hold into a debit: the whole authorised sum, when the parcel is accepted for shipping. */
        CAPTURE,
        /** Release the hold: the whole authorised sum, when the purchase is cancelled before it ships. */
        VOID,
        /** Give back part or all of what remains captured. */
        REFUND
    }

    public PaymentRequest {
        requestId(requestId);
        Fields.id(purchaseId, "purchaseId");
        Fields.present(action, "action");
        Fields.present(amount, "amount");
        if (amount.amount() == 0) {
            throw new InvalidContractException("amount", "must be more than zero");
        }
        Fields.id(mall, "mall");
        Fields.id(creditCompany, "creditCompany");
    }

    static String requestId(String value) {
        if (value == null || !REQUEST_ID.matcher(value).matches()) {
            throw new InvalidContractException("requestId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
