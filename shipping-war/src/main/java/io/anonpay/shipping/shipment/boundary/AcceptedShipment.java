package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.TrackingStatus;

/**
 * The answer to the buyer: the tracking number, the fee, and the mall's return URL taken from the verified
 * instructions (so the page never links back to an address someone put in its query string).
 */
public record AcceptedShipment(String shippingId, TrackingStatus status, ShippingVolume shippingVolume,
        Money paymentSum, Money fee, String returnUrl) {

    static AcceptedShipment from(Shipments.Acceptance acceptance) {
        Shipment shipment = acceptance.shipment();
        return new AcceptedShipment(shipment.shippingId(), shipment.status(), shipment.volume(),
                shipment.declaredValue(), shipment.fee(), acceptance.returnUrl());
    }
}
