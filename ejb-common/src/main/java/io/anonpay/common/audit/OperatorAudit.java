package io.anonpay.common.audit;

import io.anonpay.common.schema.MigratedDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * Records that the operator's action succeeded, in the caller's transaction: the service calls it as the last step of
 * the action, so an action that rolls back leaves no "succeeded" row. Outside an operator's audited request (a buyer
 * cancelling, a timer, a consumer) it records nothing.
 */
@ApplicationScoped
public class OperatorAudit {

    @Inject
    OperatorRequest request;

    @Inject
    MigratedDatabase database;

    public void succeeded() {
        record(null);
    }

    /** For an action that creates something: its internal id becomes the target. */
    public void succeeded(long createdId) {
        record(AuditTarget.of(createdId));
    }

    private void record(String createdTarget) {
        try {
            if (!request.audited()) {
                return;
            }
        } catch (ContextNotActiveException noRequest) {
            return;
        }
        String target = createdTarget == null ? request.target() : createdTarget;
        AuditTrail.append(dataSource(database), AuditEntry.of(request.operator(), request.action(), target,
                AuditEntry.SUCCEEDED));
        request.recorded();
    }

    static DataSource dataSource(MigratedDatabase database) {
        DataSource dataSource = database.dataSource();
        if (dataSource == null) {
            throw new IllegalStateException("the audit trail is not there before the schema is migrated");
        }
        return dataSource;
    }
}
