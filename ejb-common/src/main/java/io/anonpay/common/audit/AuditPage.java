package io.anonpay.common.audit;

import java.util.List;

/**
 * A page of the audit trail, newest first. {@code nextBefore} is the {@code before} that reads the next (older)
 * page, null on the last one.
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
}
