package io.anonpay.common.contract;

/** The mall's queues on the broker; the credit and shipping companies only ever produce to them. */
public final class Queues {

    /** Signed settlement results (a compact JWS per text message), from credit companies. */
    public static final String SETTLEMENT_RESULTS = "anonpay.mall.settlement-results";

    /** Signed shipping receipts and status changes (a compact JWS per text message), from shipping companies. */
    public static final String SHIPPING_RECEIPTS = "anonpay.mall.shipping-receipts";

    private Queues() {
    }
}
