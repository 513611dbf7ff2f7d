package io.anonpay.common.contract;

/**
 * The queues on the broker. The mall consumes its own; each credit company consumes the payment requests and the fee
 * claims addressed to it, on queues of its own.
 */
public final class Queues {

    /** Signed settlement results (a compact JWS per text message), from credit companies. */
    public static final String SETTLEMENT_RESULTS = "anonpay.mall.settlement-results";

    /** Signed shipping receipts and status changes (a compact JWS per text message), from shipping companies. */
    public static final String SHIPPING_RECEIPTS = "anonpay.mall.shipping-receipts";

    /** Signed payment updates (capture, void, refund, expiry, refusal), from credit companies. */
    public static final String PAYMENT_UPDATES = "anonpay.mall.payment-updates";

    /** The prefix of each credit company's queue of payment requests; the company's party id follows it. */
    public static final String PAYMENT_REQUESTS_PREFIX = "anonpay.credit.payment-requests.";

    /** The queue of signed payment requests (capture, void, refund) from malls to {@code creditCompany}. */
    public static String paymentRequestsOf(String creditCompany) {
        return PAYMENT_REQUESTS_PREFIX + creditCompany;
    }

    /** The prefix of each credit company's queue of fee claims; the company's party id follows it. */
    public static final String FEE_CLAIMS_PREFIX = "anonpay.credit.fee-claims.";

    /** The queue of signed fee claims from shipping companies to {@code creditCompany}. */
    public static String feeClaimsOf(String creditCompany) {
        return FEE_CLAIMS_PREFIX + creditCompany;
    }

    private Queues() {
    }
}
