package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.limits.RateLimited;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The buyer's side: hand over the mall's instructions with the delivery data, get a tracking number (201; a repeat
 * gets the same shipment with 200); follow the parcel by its tracking number.
 */
@Path("shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentsResource {

    @EJB
    Shipments shipments;

    @RateLimited("shipments")
    @POST
    public Response accept(@NotNull @Valid ShipmentRequest request, @Context UriInfo uri) {
        Shipments.Acceptance acceptance = shipments.accept(request.instructions(), request.recipient());
        AcceptedShipment body = AcceptedShipment.from(acceptance);
        if (!acceptance.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.shippingId()).build()).entity(body).build();
    }

    @RateLimited("tracking")
    @GET
    @Path("{shippingId}")
    public ShipmentView track(@PathParam("shippingId") String shippingId) {
        return ShipmentView.from(shipments.find(shippingId));
    }
}
