package io.anonpay.shipping.tracking.boundary;

import io.anonpay.shipping.shipment.entity.TrackingStatus;
import jakarta.validation.constraints.NotNull;

/** The operator's word on where a parcel now is: IN_TRANSIT, DELIVERED or RETURNED. */
public record StatusChange(@NotNull(message = "must be IN_TRANSIT, DELIVERED or RETURNED") TrackingStatus status) {
}
