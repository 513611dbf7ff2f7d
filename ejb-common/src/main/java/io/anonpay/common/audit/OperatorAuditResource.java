package io.anonpay.common.audit;

import io.anonpay.common.schema.MigratedDatabase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator audit trail of whichever party deploys this library (operator credential, see its web.xml), newest
 * first: {@code limit} rows at most, older than {@code before} when given (a page's {@code nextBefore}). One
 * resource for the three servers, found by each server's scan of its libraries like the problem mappers.
 */
@RequestScoped
@Path("operator/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuditResource {

    @Inject
    MigratedDatabase database;

    @GET
    public AuditPage read(@QueryParam("limit") @DefaultValue("" + AuditPage.DEFAULT_LIMIT) @Min(1)
                          @Max(AuditPage.MAX_LIMIT) int limit,
                          @QueryParam("before") @Min(1) Long before) {
        return AuditTrail.read(OperatorAudit.dataSource(database), limit, before);
    }
}
