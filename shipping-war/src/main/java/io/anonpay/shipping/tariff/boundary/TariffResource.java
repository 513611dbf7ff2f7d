package io.anonpay.shipping.tariff.boundary;

import io.anonpay.common.contract.Tariff;
import io.anonpay.shipping.platform.ShippingContracts;
import io.anonpay.shipping.tariff.control.OwnTariff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tariff published now: what a parcel of a given volume costs, signed; malls price new purchases by it. */
@Path("tariff")
@Produces(MediaType.APPLICATION_JSON)
public class TariffResource {

    @Inject
    OwnTariff own;

    @Inject
    ShippingContracts contracts;

    @GET
    public TariffView tariff() {
        Tariff current = own.current();
        return TariffView.from(current, contracts.sign(current));
    }
}
