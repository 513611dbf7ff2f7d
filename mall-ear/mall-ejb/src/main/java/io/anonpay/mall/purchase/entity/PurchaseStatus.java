package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.ShipmentStatus;

import java.util.EnumSet;
import java.util.Set;

/** Where a purchase stands, as the buyer sees it, and the moves it may make from there. */
public enum PurchaseStatus {
    AWAITING_PAYMENT,
    PAYMENT_DECLINED,
    PAID,
    SHIPPING_ACCEPTED,
    IN_TRANSIT,
    DELIVERED,
    RETURNED,
    /** The buyer or the mall's operator cancelled it before it shipped; final. */
    CANCELLED,
    /** Not paid in time; no new payment instructions are issued. Shown, never stored. */
    EXPIRED;

    /**
     * Every allowed move, in one place. A buyer may try to pay again after a decline; receipts may arrive out of
     * order, so a shipment may skip a status but never goes back. A purchase is cancelled only before it ships.
     */
    public Set<PurchaseStatus> allowedMoves() {
        return switch (this) {
            case AWAITING_PAYMENT, PAYMENT_DECLINED -> EnumSet.of(PAYMENT_DECLINED, PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPING_ACCEPTED, IN_TRANSIT, DELIVERED, RETURNED, CANCELLED);
            case SHIPPING_ACCEPTED -> EnumSet.of(IN_TRANSIT, DELIVERED, RETURNED);
            case IN_TRANSIT -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED -> EnumSet.of(RETURNED);
            case RETURNED, CANCELLED, EXPIRED -> EnumSet.noneOf(PurchaseStatus.class);
        };
    }

    public boolean mayMoveTo(PurchaseStatus next) {
        return allowedMoves().contains(next);
    }

    public boolean paid() {
        return switch (this) {
            case PAID, SHIPPING_ACCEPTED, IN_TRANSIT, DELIVERED, RETURNED -> true;
            case AWAITING_PAYMENT, PAYMENT_DECLINED, CANCELLED, EXPIRED -> false;
        };
    }

    /** Whether a shipping company reported the parcel: from then on the purchase is no longer cancelled. */
    public boolean shipped() {
        return switch (this) {
            case SHIPPING_ACCEPTED, IN_TRANSIT, DELIVERED, RETURNED -> true;
            case AWAITING_PAYMENT, PAYMENT_DECLINED, PAID, CANCELLED, EXPIRED -> false;
        };
    }

    public boolean awaitingPayment() {
        return this == AWAITING_PAYMENT || this == PAYMENT_DECLINED;
    }

    /** The purchase's status once a shipping company reports its shipment's. */
    public static PurchaseStatus of(ShipmentStatus shipment) {
        return switch (shipment) {
            case ACCEPTED -> SHIPPING_ACCEPTED;
            case SHIPPED -> IN_TRANSIT;
            case DELIVERED -> DELIVERED;
            case RETURNED -> RETURNED;
        };
    }
}
