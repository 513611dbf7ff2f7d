package io.anonpay.credit.session.boundary;

import io.anonpay.common.limits.RateLimited;
import io.anonpay.credit.session.control.PaymentSessions;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST api/payment-sessions}: one password check for several payments. 201 with the session token; problems
 * as for a statement: card-rejected 403, card-locked 423, too-many-password-checks 429, invalid-request 400.
 */
@Path("payment-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentSessionsResource {

    @EJB
    PaymentSessions sessions;

    @RateLimited("payment-sessions")
    @POST
    public Response open(@NotNull @Valid PaymentSessionRequest request) {
        PaymentSessions.Opened opened = sessions.open(request.cardNumber(), request.password());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED).cacheControl(noStore)
                .entity(new OpenedSession(opened.token(), opened.expiresAt(), opened.maskedNumber())).build();
    }
}
