package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.ShipmentTerms;
import io.anonpay.shipping.shipment.entity.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ShipmentViewTest {

    @Test
    void showsTheStatusChangeInUtc() {
        Shipment shipment = new Shipment(new ShipmentTerms("AP0000000000000", "ab".repeat(32), "v1.kid.purchase",
                "mall", "credit", new ShippingVolume(2400), Money.of(1999, "EUR"), Money.of(500, "EUR"),
                "tAAAAAAAAAAAAAAAA"), "v1.kid.sealed-name", new byte[]{1, 2, 3});
        shipment.moveTo(TrackingStatus.IN_TRANSIT);

        ShipmentView view = ShipmentView.from(shipment);

        assertThat(view.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(view.statusChangedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(view.statusChangedAt().toInstant()).isEqualTo(shipment.statusChangedAt());
        assertThat(view.fee()).isEqualTo(Money.of(500, "EUR"));
    }
}
