package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.TrackingStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A shipment as its tracking number shows it: where it is and what it costs; nobody's name or address. The time
 * goes out as an offset date-time in UTC: JSON-B writes that as {@code 2025-01-01T13:00:00.1234Z}, where an
 * {@code Instant} would get its fraction padded to groups of three digits.
 */
public record ShipmentView(String shippingId, TrackingStatus status, OffsetDateTime statusChangedAt,
        ShippingVolume shippingVolume, Money paymentSum, Money fee) {

    public static ShipmentView from(Shipment shipment) {
        return new ShipmentView(shipment.shippingId(), shipment.status(),
                shipment.statusChangedAt().atOffset(ZoneOffset.UTC),
                shipment.volume(), shipment.declaredValue(), shipment.fee());
    }
}
