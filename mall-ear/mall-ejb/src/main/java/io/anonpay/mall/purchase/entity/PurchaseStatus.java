package io.anonpay.mall.purchase.entity;

/** Where a purchase stands, as the buyer sees it. */
public enum PurchaseStatus {
    AWAITING_PAYMENT,
    PAYMENT_DECLINED,
    PAID,
    SHIPPING_ACCEPTED,
    IN_TRANSIT,
    DELIVERED,
    RETURNED,
    /** Not paid in time; no new payment instructions are issued. */
    EXPIRED;

    public boolean paid() {
        return ordinal() >= PAID.ordinal() && this != EXPIRED;
    }

    public boolean awaitingPayment() {
        return this == AWAITING_PAYMENT || this == PAYMENT_DECLINED;
    }
}
