package io.anonpay.shipping.platform;

import io.anonpay.common.persistence.ServerResources;
import io.anonpay.common.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/**
 * The shipping company's database: the datasource the server defines as {@code jdbc/shipping} ({@link ServerResources}; its URL,
 * user and password are the server's configuration, docs/deploy.md), migrated before the company serves anything. A
 * failed migration, or no such datasource, fails the deployment.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShippingDatabase {

    // set once in migrate(), before the container hands the bean to anyone: no lock needed to read them
    private volatile DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        dataSource = ServerResources.dataSource("shipping");
        SchemaMigration.migrate(dataSource, "shipping", ShippingDatabase.class.getClassLoader());
        migrated = true;
    }

    public boolean migrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
