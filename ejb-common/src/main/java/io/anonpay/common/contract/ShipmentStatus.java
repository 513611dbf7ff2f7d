package io.anonpay.common.contract;

/** Where a shipment stands, as the shipping company reports it to the mall. */
public enum ShipmentStatus {
    ACCEPTED,
    SHIPPED,
    DELIVERED
}
