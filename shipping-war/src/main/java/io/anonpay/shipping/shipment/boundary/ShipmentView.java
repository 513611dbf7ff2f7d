package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.TrackingStatus;

import java.time.OffsetDateTime;

/** A shipment as its tracking number shows it: where it is and what it costs; nobody's name or address. */
public record ShipmentView(String shippingId, TrackingStatus status, OffsetDateTime statusChangedAt,
        ShippingVolume shippingVolume, Money paymentSum, Money fee) {

    public static ShipmentView from(Shipment shipment) {
        return new ShipmentView(shipment.shippingId(), shipment.status(), shipment.statusChangedAt(),
                shipment.volume(), shipment.declaredValue(), shipment.fee());
    }
}
