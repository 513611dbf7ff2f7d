package io.anonpay.common.contract;

import java.time.Instant;

/**
 * What the mall gives the buyer to take to the shipping company after payment. Signed by the mall
 * ({@code mall} is the issuer, {@code shippingCompany} the audience). {@code shippingFee} is what the
 * credit company holds for the shipping company, computed from its tariff {@code tariffVersion};
 * {@code creditCompany} names who holds it: the shipping company seals the buyer's name to that
 * company's key and claims its fee there.
 */
public record ShippingInstructions(String purchaseId, Money paymentSum, ShippingVolume shippingVolume,
        Money shippingFee, String tariffVersion, String mall, String shippingCompany, String creditCompany,
        String returnUrl, Instant expiresAt) {

    public ShippingInstructions {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(paymentSum, "paymentSum");
        Fields.present(shippingVolume, "shippingVolume");
        Fields.fee(shippingFee, paymentSum, "shippingFee");
        Fields.tariffVersion(tariffVersion, "tariffVersion");
        Fields.id(mall, "mall");
        Fields.id(shippingCompany, "shippingCompany");
        Fields.id(creditCompany, "creditCompany");
        Fields.httpUrl(returnUrl, "returnUrl");
        expiresAt = Fields.seconds(expiresAt, "expiresAt");
    }
}
