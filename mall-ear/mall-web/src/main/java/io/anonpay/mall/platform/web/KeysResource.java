package io.anonpay.mall.platform.web;

import io.anonpay.common.party.OwnKeys;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The mall's public keys as a JWK set (RFC 7517): partners verify its instructions with them. */
@Path("keys")
public class KeysResource {

    @Inject
    OwnKeys ownKeys;

    @GET
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    public JsonObject keys() {
        return ownKeys.jwkSet();
    }
}
