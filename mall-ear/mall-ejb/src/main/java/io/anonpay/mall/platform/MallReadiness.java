package io.anonpay.mall.platform;

import io.anonpay.common.schema.DatabaseReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

@Readiness
@ApplicationScoped
public class MallReadiness extends DatabaseReadinessCheck {

    @Inject
    MallDatabase database;

    @PersistenceUnit(unitName = "mall")
    EntityManagerFactory emf;

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected boolean migrated() {
        return database.migrated();
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return emf;
    }
}
