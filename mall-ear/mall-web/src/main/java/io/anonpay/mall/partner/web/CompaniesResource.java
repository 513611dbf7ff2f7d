package io.anonpay.mall.partner.web;

import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.Partners;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.util.List;

/** The companies a buyer may designate: id, name, site, and the public keys the mall holds for them. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesResource {

    @Inject
    Partners partners;

    @GET
    @Path("credit-companies")
    public List<Company> creditCompanies() {
        return list(Partner.Role.CREDIT);
    }

    @GET
    @Path("shipping-companies")
    public List<Company> shippingCompanies() {
        return list(Partner.Role.SHIPPING);
    }

    private List<Company> list(Partner.Role role) {
        return partners.all(role).stream()
                .map(p -> new Company(p.id(), p.name(), p.baseUrl(),
                        partners.knownKeys(p.id()).map(JwkSet::toJson).orElse(null)))
                .toList();
    }

    /** {@code keys} is null while the company's site cannot be reached. */
    public record Company(String id, String name, URI site, JsonObject keys) {
    }
}
