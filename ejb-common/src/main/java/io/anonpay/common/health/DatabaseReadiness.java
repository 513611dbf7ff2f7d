package io.anonpay.common.health;

import io.anonpay.common.schema.MigratedDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness of every party: UP only when its schema has been migrated and a connection answers now. Named
 * "database"; the launcher requires this very check, so a server whose deployment failed is never taken for ready.
 * Its data also says which JPA provider runs the party's persistence unit ({@code jpa}). It is in this library
 * because WildFly registers the health checks of an EAR's library, not those of its EJB or web module.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "database";

    @Inject
    MigratedDatabase database;

    @Override
    public HealthCheckResponse call() {
        DataSource dataSource = database.dataSource();
        if (dataSource == null) {
            return HealthCheckResponse.named(NAME).down().withData("schema", "not migrated").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid).withData("schema", "migrated")
                    .withData("jpa", database.jpa()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState()).build();
        }
    }
}
