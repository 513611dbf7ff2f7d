package io.anonpay.common.contract;

/**
 * The shipping company's claim of its fee for a parcel it accepted, sent over JMS through its outbox to the
 * credit company that holds the payment (claims 9 and 22). Signed by the shipping company ({@code shippingCompany}
 * is the issuer, {@code creditCompany} the audience). It names the purchase, the fee the mall's instructions
 * carried, and the settlement identifier of the claims: the recipient's name sealed to the credit company's key
 * ({@code RECIPIENT_NAME}), which only the credit company can open. Never an address, a tracking number or what is
 * inside.
 */
public record FeeClaim(String purchaseId, Money fee, String settlementId, String shippingCompany,
        String creditCompany) {

    public FeeClaim {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(fee, "fee");
        Fields.id(settlementId, "settlementId");
        Fields.id(shippingCompany, "shippingCompany");
        Fields.id(creditCompany, "creditCompany");
    }
}
