package io.anonpay.shipping.platform;

import io.anonpay.common.audit.AuditPage;
import io.anonpay.common.audit.AuditTrail;
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
 * The operator audit trail (operator credential, see web.xml), newest first: {@code limit} rows at most, older than
 * {@code before} when given (a page's {@code nextBefore}).
 */
@Path("operator/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuditResource {

    @Inject
    ShippingDatabase database;

    @GET
    public AuditPage read(@QueryParam("limit") @DefaultValue("" + AuditPage.DEFAULT_LIMIT) @Min(1)
                          @Max(AuditPage.MAX_LIMIT) int limit,
                          @QueryParam("before") @Min(1) Long before) {
        return AuditTrail.read(database.dataSource(), limit, before);
    }
}
