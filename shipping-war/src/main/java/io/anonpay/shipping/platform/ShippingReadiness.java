package io.anonpay.shipping.platform;

import io.anonpay.common.schema.DatabaseReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

@Readiness
@ApplicationScoped
public class ShippingReadiness extends DatabaseReadinessCheck {

    @Inject
    ShippingDatabase database;

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected boolean migrated() {
        return database.migrated();
    }
}
