package io.anonpay.common.party;

import io.anonpay.common.audit.OperatorAction;
import io.anonpay.common.crypto.KeyRetirement;
import io.anonpay.common.crypto.KeyRotation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The operator's key rotation (operator credential, see the server's web.xml), without a restart, for whichever
 * party deploys this library: {@code POST …/rotation} makes a new sealing and signing pair the server's active keys,
 * published at {@code api/keys} at once, and answers 201 with the new key ids and when the replaced pair retires
 * ({@code anonpay.keys.overlap} later). {@code POST …/retirement} retires every key but the active pair now, for a
 * key that leaked, and answers 200 with the key ids retired.
 */
@RequestScoped
@Path("operator/keys")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorKeysResource {

    @Inject
    OwnKeys ownKeys;

    @POST
    @Path("rotation")
    @OperatorAction("keys.rotate")
    public Response rotate(@Context UriInfo uri) {
        KeyRotation rotation = ownKeys.rotate();
        return Response.created(uri.getBaseUriBuilder().path("keys").build()).entity(rotation).build();
    }

    @POST
    @Path("retirement")
    @OperatorAction("keys.retire")
    public KeyRetirement retireAllButActive() {
        return ownKeys.retireAllButActive();
    }
}
