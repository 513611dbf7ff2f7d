package io.anonpay.credit.platform;

import io.anonpay.common.persistence.ServerResources;
import io.anonpay.common.schema.MigratedDatabase;
import io.anonpay.common.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import javax.sql.DataSource;

/**
 * The credit company's database: the datasource the server defines as {@code jdbc/credit} ({@link ServerResources}; its URL,
 * user and password are the server's configuration, docs/deploy.md), migrated before the company serves anything. A
 * failed migration, or no such datasource, fails the deployment; the readiness check learns of a migration that
 * succeeded ({@link MigratedDatabase}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditDatabase {

    @Inject
    MigratedDatabase schema;

    @PersistenceUnit(unitName = "credit")
    EntityManagerFactory persistenceUnit;

    // set once in migrate(), before the container hands the bean to anyone: no lock needed to read it
    private volatile DataSource dataSource;

    @PostConstruct
    void migrate() {
        dataSource = ServerResources.dataSource("credit");
        SchemaMigration.migrate(dataSource, "credit", CreditDatabase.class.getClassLoader());
        schema.migrated(dataSource, persistenceUnit);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
