package io.anonpay.common.contract;

import java.time.Instant;

/**
 * What the mall gives the buyer to take to the credit company: which purchase, how much, which shipping company
 * carries it and for what fee (claim 6), and where to come back. Signed by the mall ({@code mall} is the JWS issuer,
 * {@code creditCompany} the audience, {@code expiresAt} its expiry), so nobody on the way can lower the sum or the
 * fee. The credit company holds {@code paymentSum} for the mall and {@code shippingFee} for {@code shippingCompany},
 * after checking the fee against that company's signed tariff {@code tariffVersion} for {@code shippingVolume}.
 */
public record PaymentInstructions(String purchaseId, Money paymentSum, String shippingCompany,
        ShippingVolume shippingVolume, Money shippingFee, String tariffVersion, String mall, String creditCompany,
        String returnUrl, Instant expiresAt) {

    public PaymentInstructions {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(paymentSum, "paymentSum");
        Fields.id(shippingCompany, "shippingCompany");
        Fields.present(shippingVolume, "shippingVolume");
        Fields.fee(shippingFee, paymentSum, "shippingFee");
        Fields.tariffVersion(tariffVersion, "tariffVersion");
        Fields.id(mall, "mall");
        Fields.id(creditCompany, "creditCompany");
        Fields.httpUrl(returnUrl, "returnUrl");
        expiresAt = Fields.seconds(expiresAt, "expiresAt");
    }

    /** What the card must hold: the goods and the shipping fee. */
    public Money total() {
        return paymentSum.plus(shippingFee);
    }
}
