package io.anonpay.common.audit;

import io.anonpay.common.schema.MigratedDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Appends a row in a transaction of its own: for what has no transaction to join (a refused action, whose own
 * transaction rolled back; a key rotation, which writes files; a failed login) or must outlive the caller's.
 */
@ApplicationScoped
public class AuditWriter {

    @Inject
    MigratedDatabase database;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditEntry entry) {
        AuditTrail.append(OperatorAudit.dataSource(database), entry);
    }
}
