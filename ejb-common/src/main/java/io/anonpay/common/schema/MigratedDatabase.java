package io.anonpay.common.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;

/**
 * What the party's database bean learned at start-up, for the readiness check: the datasource, once its schema is
 * migrated, and the JPA provider that runs the party's persistence unit, as the server chose it. It lives in this
 * library, beside the check, because an EAR's library is what every module of the mall sees.
 */
@ApplicationScoped
public class MigratedDatabase {

    private volatile DataSource dataSource;

    private volatile String jpa;

    /** Called by the party's database bean once the schema is migrated. */
    public void migrated(DataSource migrated, EntityManagerFactory persistenceUnit) {
        jpa = providerOf(persistenceUnit);
        dataSource = migrated;
    }

    /** The migrated database, or null while the migration has not run. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** "EclipseLink" or "Hibernate", else the class name of the provider's own entity manager. */
    public String jpa() {
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
