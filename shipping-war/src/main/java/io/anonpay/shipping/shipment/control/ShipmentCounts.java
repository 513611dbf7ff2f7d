package io.anonpay.shipping.shipment.control;

import io.anonpay.common.metrics.CountsByStatus;
import io.anonpay.common.metrics.MeterNames;
import io.anonpay.common.metrics.Metrics;
import io.anonpay.shipping.platform.ShippingDatabase;
import io.anonpay.shipping.shipment.entity.TrackingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Arrays;

/** Shipments by status for the metrics ({@code anonpay_shipments{status}}), counted by one query at each scrape. */
@Singleton
@Startup
@DependsOn("ShippingDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShipmentCounts {

    @EJB
    ShippingDatabase database;

    @Inject
    Metrics metrics;

    @PostConstruct
    void watch() {
        CountsByStatus.watch(metrics, database.dataSource(), MeterNames.SHIPMENTS, "Shipments in each status",
                "select status, count(*) from shipment group by status",
                Arrays.stream(TrackingStatus.values()).map(Enum::name).toList());
    }
}
