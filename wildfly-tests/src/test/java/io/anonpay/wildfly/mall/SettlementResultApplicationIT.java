package io.anonpay.wildfly.mall;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.mall.catalog.boundary.Catalog;
import io.anonpay.mall.catalog.entity.PackedSize;
import io.anonpay.mall.purchase.boundary.PurchaseResults;
import io.anonpay.mall.purchase.boundary.Purchases;
import io.anonpay.wildfly.TestableDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall applies a settlement result exactly once, on WildFly, inside the server: {@link PurchaseResults} locks
 * the purchase's row and the purchase decides whether the report moves it. The same approval again, one after the
 * other or both at once, leaves the purchase as the first one left it: one update, counted by its version.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementResultApplicationIT {

    private static final long PRICE = 1_500;

    @Deployment
    static WebArchive deployment() {
        return TestableDeployment.of("mall.war", SettlementResultApplicationIT.class, PurchaseRow.class,
                PurchaseRowLock.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    Purchases purchases;

    @Inject
    PurchaseResults results;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void theSameApprovalTwiceMovesThePurchaseOnce() {
        String purchaseId = purchase();
        SettlementResult approval = approval(purchaseId);
        long created = PurchaseRow.of(purchaseId).version();

        results.apply(approval);
        PurchaseRow paid = PurchaseRow.of(purchaseId);
        results.apply(approval);

        assertPaidOnce(paid, approval, created);
        assertThat(PurchaseRow.of(purchaseId)).as("after the second approval").isEqualTo(paid);
    }

    @Test
    void theSameApprovalTwiceAtOnceMovesThePurchaseOnce() throws Exception {
        String purchaseId = purchase();
        SettlementResult approval = approval(purchaseId);
        long created = PurchaseRow.of(purchaseId).version();

        List<Future<?>> applications;
        try (PurchaseRowLock lock = PurchaseRowLock.on(purchaseId)) {
            applications = List.of(executor.submit(() -> results.apply(approval)),
                    executor.submit(() -> results.apply(approval)));
            lock.awaitWaiting(applications.size());
        }
        for (Future<?> application : applications) {
            application.get(2, TimeUnit.MINUTES);
        }

        assertPaidOnce(PurchaseRow.of(purchaseId), approval, created);
    }

    private static void assertPaidOnce(PurchaseRow row, SettlementResult approval, long createdVersion) {
        assertThat(row.status()).isEqualTo("PAID");
        assertThat(row.settledBy()).isEqualTo(approval.creditCompany());
        assertThat(row.settlementId()).isEqualTo(approval.settlementId());
        assertThat(row.version()).as("updates of the purchase").isEqualTo(createdVersion + 1);
    }

    /** A new purchase of one new product, as a buyer's would be. */
    private String purchase() {
        long product = catalog.add("WildFly item " + UUID.randomUUID(), "for the in-container test",
                new io.anonpay.mall.catalog.entity.Money(PRICE, "EUR"), new PackedSize(10, 10, 10, 100)).id();
        String purchaseId = purchases.buy(Map.of(product, 1)).purchaseId();
        purchases.paymentInstructions(purchaseId, "credit", "shipping");
        return purchaseId;
    }

    private static SettlementResult approval(String purchaseId) {
        return SettlementResult.approved(purchaseId, "v1.sealed-name-" + UUID.randomUUID(), new Money(PRICE, "EUR"),
                "credit");
    }
}
