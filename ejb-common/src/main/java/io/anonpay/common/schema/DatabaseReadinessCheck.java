package io.anonpay.common.schema;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness: UP only when the schema has been migrated and a connection answers now. Named "database"; the
 * launcher requires this very check, so a server whose deployment failed is never taken for ready.
 */
public abstract class DatabaseReadinessCheck implements HealthCheck {

    public static final String NAME = "database";

    protected abstract DataSource dataSource();

    protected abstract boolean migrated();

    @Override
    public HealthCheckResponse call() {
        if (!migrated()) {
            return HealthCheckResponse.named(NAME).down().withData("schema", "not migrated").build();
        }
        try (Connection connection = dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid).withData("schema", "migrated").build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState()).build();
        }
    }
}
