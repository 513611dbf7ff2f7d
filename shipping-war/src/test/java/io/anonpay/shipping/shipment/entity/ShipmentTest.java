package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentTest {

    private static Shipment accepted() {
        ShipmentTerms terms = new ShipmentTerms("AP0000000000000", "ab".repeat(32), "v1.kid.purchase", "mall", "credit",
                new ShippingVolume(2400), Money.of(1999, "EUR"), Money.of(500, "EUR"), "tAAAAAAAAAAAAAAAA");
        return new Shipment(terms, "v1.kid.sealed-name", new byte[]{1, 2, 3});
    }

    @Test
    void aNewShipmentIsAcceptedWithItsTerms() {
        Shipment shipment = accepted();

        assertThat(shipment.status()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(shipment.fee()).isEqualTo(Money.of(500, "EUR"));
        assertThat(shipment.declaredValue()).isEqualTo(Money.of(1999, "EUR"));
        assertThat(shipment.volume()).isEqualTo(new ShippingVolume(2400));
        assertThat(shipment.tariffVersion()).isEqualTo("tAAAAAAAAAAAAAAAA");
    }

    @Test
    void claimsItsFeeFromTheCreditCompanyByTheSealedNameAlone() {
        Shipment shipment = accepted();

        FeeClaim claim = shipment.feeClaim("shipping");

        assertThat(claim).isEqualTo(new FeeClaim("v1.kid.purchase", Money.of(500, "EUR"), "v1.kid.sealed-name",
                "shipping", "credit"));
        assertThat(claim.toString()).doesNotContain(shipment.shippingId());
    }

    @Test
    void movesAlongAndReportsOnlyRealChanges() {
        Shipment shipment = accepted();

        assertThat(shipment.moveTo(TrackingStatus.IN_TRANSIT)).isTrue();
        assertThat(shipment.moveTo(TrackingStatus.IN_TRANSIT)).isFalse();
        assertThat(shipment.moveTo(TrackingStatus.DELIVERED)).isTrue();
        assertThat(shipment.status()).isEqualTo(TrackingStatus.DELIVERED);
    }

    @Test
    void refusesToGoBack() {
        Shipment shipment = accepted();
        shipment.moveTo(TrackingStatus.IN_TRANSIT);
        shipment.moveTo(TrackingStatus.RETURNED);

        assertThatThrownBy(() -> shipment.moveTo(TrackingStatus.DELIVERED))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("RETURNED").hasMessageContaining("DELIVERED");
        assertThat(shipment.status()).isEqualTo(TrackingStatus.RETURNED);
    }
}
