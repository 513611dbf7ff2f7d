package io.anonpay.shipping.tariff.boundary;

import io.anonpay.shipping.tariff.control.Tariff;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The published tariff: what a parcel of a given volume costs. */
@Path("tariff")
@Produces(MediaType.APPLICATION_JSON)
public class TariffResource {

    @GET
    public TariffView tariff() {
        return TariffView.from(Tariff.STANDARD);
    }
}
