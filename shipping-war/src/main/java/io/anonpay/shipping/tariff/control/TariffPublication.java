package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Tariff;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Publishes the configured tariff when the server starts, once the schema is migrated: from then on instructions
 * may name its version, and {@code api/tariffs/{version}} serves it. A failure fails the deployment.
 */
@Singleton
@Startup
@DependsOn("ShippingDatabase")
public class TariffPublication {

    private static final Logger LOG = Logger.getLogger(TariffPublication.class.getName());

    @Inject
    OwnTariff own;

    @Inject
    PublishedTariffs published;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void publish() {
        Tariff tariff = own.current();
        boolean added = published.publish(tariff);
        LOG.info(() -> "current tariff " + tariff.version() + (added ? " (published now): " : ": ") + tariff);
    }
}
