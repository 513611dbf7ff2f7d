package io.anonpay.common.contract;

/**
 * The credit company's word to the mall on an approved payment after its approval: a request of the mall was
 * applied or refused, or the hold expired. Signed by the credit company ({@code creditCompany} is the issuer) and
 * sent over JMS through its outbox, like a settlement result. It carries the payment's state and totals after the
 * step, so that the mall can mirror them whatever order updates arrive in.
 *
 * @param requestId the mall's request this answers; absent for {@link Event#EXPIRED}, which nobody asked for
 * @param amount    what this step moved (for a refusal: what was asked)
 * @param captured  the payment's captured total after the step
 * @param refunded  the payment's refunded total after the step
 * @param state     the payment's state after the step
 * @param refusal   why the request was refused; present exactly when {@code event} is {@link Event#REFUSED}
 */
public record PaymentUpdate(String purchaseId, String requestId, Event event, Money amount, Money captured,
        Money refunded, PaymentState state, Refusal refusal, String creditCompany) {

    /** What happened. */
    public enum Event { CAPTURED, VOIDED, REFUNDED, EXPIRED, REFUSED }

    /** Why the credit company refused a request; the payment did not change. */
    public enum Refusal {
        /** A capture or void of a payment whose hold is gone: voided, expired or already captured. */
        NOT_HELD,
        /** A refund of a payment that was never captured. */
        NOT_CAPTURED,
        /** A capture or void of another amount than the one authorised, or in another currency. */
        AMOUNT_MISMATCH,
        /** A refund of more than remains captured. */
        EXCEEDS_CAPTURED
    }

    public PaymentUpdate {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(event, "event");
        if (event == Event.EXPIRED) {
            if (requestId != null) {
                throw new InvalidContractException("requestId", "must be absent for an expiry");
            }
        } else {
            PaymentRequest.requestId(requestId);
        }
        Fields.present(amount, "amount");
        Fields.present(captured, "captured");
        Fields.present(refunded, "refunded");
        Fields.present(state, "state");
        if ((event == Event.REFUSED) != (refusal != null)) {
            throw new InvalidContractException("refusal", "must be present exactly when the request was refused");
        }
        Fields.id(creditCompany, "creditCompany");
    }
}
