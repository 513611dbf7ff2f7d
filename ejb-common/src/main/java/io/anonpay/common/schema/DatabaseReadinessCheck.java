package io.anonpay.common.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness: UP only when the schema has been migrated and a connection answers now. Named "database"; the
 * launcher requires this very check, so a server whose deployment failed is never taken for ready. Its data also
 * says which JPA provider runs the party's persistence unit ({@code jpa}), as the server chose it.
 */
public abstract class DatabaseReadinessCheck implements HealthCheck {

    public static final String NAME = "database";

    private volatile String jpa;

    protected abstract DataSource dataSource();

    protected abstract boolean migrated();

    /** The party's persistence unit, as the container gives it to the application. */
    protected abstract EntityManagerFactory entityManagerFactory();

    @Override
    public HealthCheckResponse call() {
        if (!migrated()) {
            return HealthCheckResponse.named(NAME).down().withData("schema", "not migrated").build();
        }
        try (Connection connection = dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid).withData("schema", "migrated")
                    .withData("jpa", jpaProvider()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getSQLState() == null ? "unreachable" : e.getSQLState()).build();
        }
    }

    /**
     * "EclipseLink" or "Hibernate" by the class of the provider's own entity manager, else that class's name; asked
     * once.
     */
    private String jpaProvider() {
        if (jpa == null) {
            jpa = providerOf(entityManagerFactory());
        }
        return jpa;
    }

    private static String providerOf(EntityManagerFactory factory) {
        EntityManager em = factory.createEntityManager();
        try {
            String delegate = em.getDelegate().getClass().getName();
            if (delegate.startsWith("org.eclipse.persistence.")) {
                return "EclipseLink";
            }
            return delegate.startsWith("org.hibernate.") ? "Hibernate" : delegate;
        } finally {
            em.close();
        }
    }
}
