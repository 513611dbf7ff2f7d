package io.anonpay.shipping.tracking.boundary;

import io.anonpay.common.audit.OperatorAction;
import io.anonpay.shipping.shipment.boundary.ShipmentView;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The operator moves parcels along (operator credential required, see web.xml). */
@Path("operator/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorShipmentsResource {

    @EJB
    Tracking tracking;

    @POST
    @Path("{shippingId}/status")
    @OperatorAction(value = "shipment.status", target = "shippingId")
    public ShipmentView changeStatus(@PathParam("shippingId") String shippingId,
            @NotNull @Valid StatusChange change) {
        return ShipmentView.from(tracking.move(shippingId, change.status()));
    }
}
