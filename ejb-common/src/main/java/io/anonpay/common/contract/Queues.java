package io.anonpay.common.contract;

/**
 * The queues on the broker. The mall consumes its own; each credit company consumes the payment requests addressed
 * to it, on a queue of its own.
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

    private Queues() {
    }
}
