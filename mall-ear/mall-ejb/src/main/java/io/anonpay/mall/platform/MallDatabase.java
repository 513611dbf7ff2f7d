package io.anonpay.mall.platform;

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
 * The mall's database, from configuration ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), migrated
 * before the mall serves anything. A failed migration fails the deployment.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = MallDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MallDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/mall";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        SchemaMigration.migrate(dataSource, "mall", MallDatabase.class.getClassLoader());
        migrated = true;
    }

    public boolean migrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
