package io.anonpay.credit.statement.boundary;

import io.anonpay.common.limits.RateLimited;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST api/statements}: POST because the credentials travel in the body. Problems: card-rejected 403,
 * card-locked 423, too-many-password-checks 429, invalid-request 400.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementsResource {

    @EJB
    Statements statements;

    @RateLimited("statements")
    @POST
    public Statement statement(@NotNull @Valid StatementRequest request) {
        return statements.of(request.cardNumber(), request.password());
    }
}
