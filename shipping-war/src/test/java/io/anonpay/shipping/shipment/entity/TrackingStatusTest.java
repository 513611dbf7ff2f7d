package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.ShipmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "ACCEPTED, IN_TRANSIT, true",
            "ACCEPTED, DELIVERED, false",
            "ACCEPTED, RETURNED, false",
            "IN_TRANSIT, DELIVERED, true",
            "IN_TRANSIT, RETURNED, true",
            "IN_TRANSIT, ACCEPTED, false",
            "DELIVERED, RETURNED, false",
            "DELIVERED, IN_TRANSIT, false",
            "RETURNED, DELIVERED, false",
            "RETURNED, IN_TRANSIT, false"})
    void onlyForwardMovesAlongTheRouteAreAllowed(TrackingStatus from, TrackingStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void everyStatusIsReportedToTheMall() {
        assertThat(TrackingStatus.ACCEPTED.reported()).isEqualTo(ShipmentStatus.ACCEPTED);
        assertThat(TrackingStatus.IN_TRANSIT.reported()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(TrackingStatus.DELIVERED.reported()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(TrackingStatus.RETURNED.reported()).isEqualTo(ShipmentStatus.RETURNED);
    }
}
