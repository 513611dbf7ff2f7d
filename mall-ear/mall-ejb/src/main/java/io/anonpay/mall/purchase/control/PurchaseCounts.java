package io.anonpay.mall.purchase.control;

import io.anonpay.common.metrics.CountsByStatus;
import io.anonpay.common.metrics.MeterNames;
import io.anonpay.common.metrics.Metrics;
import io.anonpay.mall.platform.MallDatabase;
import io.anonpay.mall.purchase.entity.PurchaseStatus;
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

/**
 * Purchases by status for the metrics ({@code anonpay_purchases{status}}), counted by one query at each scrape. A
 * purchase unpaid past its payment window counts as expired, as the buyer sees it ({@code Purchase.statusAt}).
 */
@Singleton
@Startup
@DependsOn("MallDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurchaseCounts {

    private static final String BY_STATUS = "select case when status in ('AWAITING_PAYMENT', 'PAYMENT_DECLINED')"
            + " and payable_until < now() then 'EXPIRED' else status end, count(*) from purchase group by 1";

    @EJB
    MallDatabase database;

    @Inject
    Metrics metrics;

    @PostConstruct
    void watch() {
        CountsByStatus.watch(metrics, database.dataSource(), MeterNames.PURCHASES, "Purchases in each status",
                BY_STATUS, Arrays.stream(PurchaseStatus.values()).map(Enum::name).toList());
    }
}
