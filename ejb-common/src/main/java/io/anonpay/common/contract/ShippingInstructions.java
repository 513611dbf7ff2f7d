package io.anonpay.common.contract;

import java.time.Instant;

/**
 * What the mall gives the buyer to take to the shipping company after payment. Signed by the mall
 * ({@code mall} is the issuer, {@code shippingCompany} the audience). {@code creditCompany} names
 * who settled the payment: the shipping company seals the buyer's name to that company's key.
 */
public record ShippingInstructions(String purchaseId, Money paymentSum, ShippingVolume shippingVolume,
        String mall, String shippingCompany, String creditCompany, String returnUrl, Instant expiresAt) {

    public ShippingInstructions {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(paymentSum, "paymentSum");
        Fields.present(shippingVolume, "shippingVolume");
        Fields.id(mall, "mall");
        Fields.id(shippingCompany, "shippingCompany");
        Fields.id(creditCompany, "creditCompany");
        Fields.httpUrl(returnUrl, "returnUrl");
        expiresAt = Fields.seconds(expiresAt, "expiresAt");
    }
}
