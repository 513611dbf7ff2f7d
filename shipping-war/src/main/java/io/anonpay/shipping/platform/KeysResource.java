package io.anonpay.shipping.platform;

import io.anonpay.common.party.OwnKeys;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The shipping company's public keys: the mall verifies receipts with them. */
@Path("keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    OwnKeys ownKeys;

    @GET
    public JsonObject keys() {
        return ownKeys.jwkSet();
    }
}
