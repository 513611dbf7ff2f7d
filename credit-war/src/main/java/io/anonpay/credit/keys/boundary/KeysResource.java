package io.anonpay.credit.keys.boundary;

import io.anonpay.common.party.OwnKeys;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public JWK set: sealing key(s) first, then signing key(s), newest first within each kind. */
@Path("keys")
public class KeysResource {

    @Inject
    OwnKeys ownKeys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject keys() {
        return ownKeys.jwkSet();
    }
}
