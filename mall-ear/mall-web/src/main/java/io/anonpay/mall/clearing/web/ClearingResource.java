package io.anonpay.mall.clearing.web;

import io.anonpay.common.clearing.ClearingReport;
import io.anonpay.common.clearing.ClearingWindow;
import io.anonpay.mall.clearing.boundary.Clearing;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator's clearing report (operator credential, see web.xml): what each credit company owes the mall for the
 * captures the mall applied in [from, to), both ISO-8601 instants, either left out for an open side.
 * Problems: invalid-instant 400, invalid-window 400.
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
