package io.anonpay.shipping.platform;

import io.anonpay.common.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/**
 * The shipping's database, from configuration ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), migrated
 * before the shipping serves anything. A failed migration fails the deployment.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = ShippingDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShippingDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/shipping";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
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
