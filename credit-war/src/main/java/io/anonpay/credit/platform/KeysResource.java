package io.anonpay.credit.platform;

import io.anonpay.common.party.OwnKeys;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The credit company's public JWK set ({@code GET api/keys}): what the mall verifies settlement results with, and
 * what a settlement identifier is sealed to. Sealing key(s) first, then signing key(s), newest first within each.
 */
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
