package io.anonpay.shipping.clearing.boundary;

import io.anonpay.common.clearing.ClearingReport;
import io.anonpay.common.clearing.ClearingWindow;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator's clearing report (operator credential required, see web.xml): the fees each credit company owes
 * for the parcels accepted in [from, to), both ISO-8601 instants, either left out for an open side.
 */
@Path("operator/clearing")
@Produces(MediaType.APPLICATION_JSON)
public class ClearingResource {

    @EJB
    Clearing clearing;

    @GET
    public ClearingReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return clearing.report(ClearingWindow.of(from, to));
    }
}
