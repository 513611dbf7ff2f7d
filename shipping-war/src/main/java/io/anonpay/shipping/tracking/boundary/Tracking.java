package io.anonpay.shipping.tracking.boundary;

import io.anonpay.common.audit.OperatorAudit;
import io.anonpay.shipping.receipt.control.Receipts;
import io.anonpay.shipping.shipment.boundary.Shipments;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.TrackingStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Status changes: the shipment row is locked, moved along, and the change reported in the same transaction. */
@Stateless
public class Tracking {

    @EJB
    Shipments shipments;

    @Inject
    Receipts receipts;

    @Inject
    OperatorAudit audit;

    public Shipment move(String shippingId, TrackingStatus next) {
        Shipment shipment = shipments.findForUpdate(shippingId);
        if (shipment.moveTo(next)) {
            receipts.report(shipment);
        }
        audit.succeeded();
        return shipment;
    }
}
