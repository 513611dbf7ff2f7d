package io.anonpay.common.contract;

import java.time.Instant;

/**
 * What the mall gives the buyer to take to the credit company: which purchase, how much, and
 * where to come back. Signed by the mall ({@code mall} is the JWS issuer, {@code creditCompany}
 * the audience, {@code expiresAt} its expiry), so nobody on the way can lower the sum.
 */
public record PaymentInstructions(String purchaseId, Money paymentSum, String mall, String creditCompany,
        String returnUrl, Instant expiresAt) {

    public PaymentInstructions {
        Fields.id(purchaseId, "purchaseId");
        Fields.present(paymentSum, "paymentSum");
        Fields.id(mall, "mall");
        Fields.id(creditCompany, "creditCompany");
        Fields.httpUrl(returnUrl, "returnUrl");
        expiresAt = Fields.seconds(expiresAt, "expiresAt");
    }
}
