package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.limits.RateLimited;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Payments. 201: this request recorded the purchase's outcome (approved, or declined for balance); 200: any other
 * outcome, declines included (see {@link SettlementResponse}). Instructions that do not verify are 4xx problems:
 * signature-malformed 400, signature-unknown-issuer / -unknown-key / -invalid / -wrong-type / -wrong-audience 403,
 * signature-expired / -not-yet-valid 422; signature-keys-unavailable 503 with Retry-After (the mall's keys were never
 * fetched and the mall is unreachable now); too-many-password-checks 429; invalid-request 400 (also when neither or
 * both of cardNumber+password and sessionToken are given); session-invalid 403 (unknown or expired payment session).
 * The shipping fee the instructions carry is checked against the shipping company's signed tariff first:
 * fee-mismatch 422, volume-exceeds-tariff 422, unknown-shipping-company 400, tariff-not-verified 422,
 * tariff-unavailable 503 with Retry-After.
 */
@Path("settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementsResource {

    @EJB
    Settlements settlements;

    @RateLimited("settlements")
    @POST
    public Response pay(@NotNull @Valid SettlementRequest request) {
        SettlementResponse answer = settlements.pay(request);
        return Response.status(answer.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(answer).build();
    }
}
