package io.anonpay.common.contract;

/**
 * The credit company's answer for one purchase, sent to the mall over JMS and signed by the credit
 * company ({@code creditCompany} is the issuer). An approved result carries the sealed settlement
 * id; a declined one carries a reason instead, and no settlement id.
 */
public record SettlementResult(String purchaseId, String settlementId, Money paymentSum, Outcome outcome,
        DeclineReason declineReason, String creditCompany) {

    public enum Outcome { APPROVED, DECLINED }

    /** Deliberately coarse: the mall needs to tell the buyer what to do, not why a card failed. */
    public enum DeclineReason {
        /** The card's usage balance is below the payment sum. */
        INSUFFICIENT_BALANCE,
        /** Unknown card or wrong password, not told apart so nobody can probe card numbers. */
        CARD_REJECTED,
        /** Too many failed attempts; the card is locked for a while. */
        CARD_LOCKED
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
