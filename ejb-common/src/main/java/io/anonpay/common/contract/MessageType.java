package io.anonpay.common.contract;

/**
 * The JWS {@code typ} of each signed message, versioned. A distinct type per message means a
 * genuine receipt cannot be passed off as instructions; a new version gets a new type.
 */
public enum MessageType {
    PAYMENT_INSTRUCTIONS("anonpay.payment-instructions.v1+jwt"),
    SHIPPING_INSTRUCTIONS("anonpay.shipping-instructions.v1+jwt"),
    SETTLEMENT_RESULT("anonpay.settlement-result.v1+jwt"),
    SHIPPING_RECEIPT("anonpay.shipping-receipt.v1+jwt"),
    PAYMENT_REQUEST("anonpay.payment-request.v1+jwt"),
    PAYMENT_UPDATE("anonpay.payment-update.v1+jwt"),
    TARIFF("anonpay.tariff.v1+jwt"),
    FEE_CLAIM("anonpay.fee-claim.v1+jwt");

    private final String typ;

    MessageType(String typ) {
        this.typ = typ;
    }

    public String typ() {
        return typ;
    }
}
