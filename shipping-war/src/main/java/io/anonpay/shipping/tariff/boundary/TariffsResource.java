package io.anonpay.shipping.tariff.boundary;

import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.shipping.platform.ShippingContracts;
import io.anonpay.shipping.tariff.control.PublishedTariffs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Every tariff this company has published, by version, signed: a credit company checks the fee of a purchase
 * priced by an older tariff against the very terms the mall used.
 */
@Path("tariffs")
@Produces(MediaType.APPLICATION_JSON)
public class TariffsResource {

    @Inject
    PublishedTariffs published;

    @Inject
    ShippingContracts contracts;

    @GET
    @Path("{version}")
    public TariffView tariff(@PathParam("version") String version) {
        if (!Tariff.isVersion(version)) {
            throw ProblemException.invalid("invalid-tariff-version",
                    "a tariff version is 't' followed by 16 base64url characters, as api/tariff names it");
        }
        Tariff tariff = published.find(version).orElseThrow(() -> ProblemException.notFound("tariff",
                "this shipping company never published a tariff " + version));
        return TariffView.from(tariff, contracts.sign(tariff));
    }
}
