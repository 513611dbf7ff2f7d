package io.anonpay.common.contract;

/**
 * The credit company's answer for one purchase, sent to the mall over JMS and signed by the credit
 * company ({@code creditCompany} is the issuer). An approved result carries the sealed settlement
 * id; a declined one carries a reason instead, and no settlement id.
 */
public record SettlementResult(String purchaseId, String settlementId, Money paymentSum, Outcome outcome,
        DeclineReason declineReason, String creditCompany) {

    /** The payment's outcome, as the mall hears it in a result and the buyer in the credit company's answer. */
    public enum Outcome { APPROVED, DECLINED }

    /**
     * Why a payment was declined: the credit company's one vocabulary, from its password check to both wires.
     * Only {@link #INSUFFICIENT_BALANCE} is final and ever crosses to the mall in a signed result. The others are
     * told to the buyer alone, in the answer to the payment: they record nothing, and the purchase stays open for
     * another try (the right password, another card).
     */
    public enum DeclineReason {
        /** The card's usage balance is below the payment sum. Final: the one reason a mall receives. */
        INSUFFICIENT_BALANCE,
        /** Unknown card or wrong password, not told apart so nobody can probe card numbers. Buyer only. */
        CARD_REJECTED,
        /** Too many failed attempts; the card is locked for a while. Buyer only. */
        CARD_LOCKED,
        /** The card holds another currency than the payment sum; another card may pay. Buyer only. */
        CURRENCY_MISMATCH
    }

    public SettlementResult {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(paymentSum, "paymentSum");
        Fields.present(outcome, "outcome");
        Fields.id(creditCompany, "creditCompany");
        if (outcome == Outcome.APPROVED) {
            Fields.id(settlementId, "settlementId");
            if (declineReason != null) {
                throw new InvalidContractException("declineReason", "must be absent when approved");
            }
        } else {
            Fields.present(declineReason, "declineReason");
            if (settlementId != null) {
                throw new InvalidContractException("settlementId", "must be absent when declined");
            }
        }
    }

    public static SettlementResult approved(String purchaseId, String settlementId, Money paymentSum,
            String creditCompany) {
        return new SettlementResult(purchaseId, settlementId, paymentSum, Outcome.APPROVED, null, creditCompany);
    }

    public static SettlementResult declined(String purchaseId, Money paymentSum, DeclineReason reason,
            String creditCompany) {
        return new SettlementResult(purchaseId, null, paymentSum, Outcome.DECLINED, reason, creditCompany);
    }
}
