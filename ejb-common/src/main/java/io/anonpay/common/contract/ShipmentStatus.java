package io.anonpay.common.contract;

/**
 * Where a shipment stands, as the shipping company reports it to the mall: accepted, shipped (in transit),
 * then delivered, or returned to the sender when it could not be delivered.
 */
public enum ShipmentStatus {
    ACCEPTED,
    SHIPPED,
    DELIVERED,
    RETURNED
}
