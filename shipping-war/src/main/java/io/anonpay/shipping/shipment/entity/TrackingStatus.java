package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.ShipmentStatus;

import java.util.Set;

/**
 * Where a parcel is: accepted → in transit → delivered, or returned to the sender from transit. Delivered and
 * returned are final.
 */
public enum TrackingStatus {
    ACCEPTED(ShipmentStatus.ACCEPTED),
    IN_TRANSIT(ShipmentStatus.SHIPPED),
    DELIVERED(ShipmentStatus.DELIVERED),
    RETURNED(ShipmentStatus.RETURNED);

    private final ShipmentStatus reported;

    TrackingStatus(ShipmentStatus reported) {
        this.reported = reported;
    }

    public boolean canMoveTo(TrackingStatus next) {
        return next(this).contains(next);
    }

    private static Set<TrackingStatus> next(TrackingStatus from) {
        return switch (from) {
            case ACCEPTED -> Set.of(IN_TRANSIT);
            case IN_TRANSIT -> Set.of(DELIVERED, RETURNED);
            case DELIVERED, RETURNED -> Set.of();
        };
    }

    /** The status as the mall's receipts name it. */
    public ShipmentStatus reported() {
        return reported;
    }
}
