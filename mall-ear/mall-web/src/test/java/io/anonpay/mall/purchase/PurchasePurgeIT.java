package io.anonpay.mall.purchase;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unpaid purchases are deleted a grace period (anonpay.purchases.purge-after, a day) after their payment window,
 * by a timer (every 2 s in these tests, ANONPAY_PURCHASES_PURGE_INTERVAL in the root pom), and only those nothing
 * about money can still happen to; a result that arrives for one later is dead-lettered, never applied.
 */
@ExtendWith(ArquillianExtension.class)
class PurchasePurgeIT {

    private static final String DEAD_RESULTS = "DLQ." + Queues.SETTLEMENT_RESULTS;
    /** Past the default grace period of 24 hours. */
    private static final int LONG_AGO = 25;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private TestMall mall() {
        return new TestMall(URI.create(base.toString()));
    }

    @Test
    void anUnpaidPurchaseGoesOnceTheGracePeriodPassedAndNothingElseDoes() {
        TestMall mall = mall();
        long product = mall.product(900, 10, 10, 10, 100);
        String unpaid = mall.buy(product, 1).getString("purchaseId");
        String withinGrace = mall.buy(product, 1).getString("purchaseId");
        String pending = mall.buy(product, 1).getString("purchaseId");
        mall.designateCompanies(pending);
        String paid = mall.paid(900);
        PurchaseRows.windowClosedHoursAgo(unpaid, LONG_AGO);
        PurchaseRows.windowClosedHoursAgo(withinGrace, 23);
        PurchaseRows.onlyPayableUntilHoursAgo(pending, LONG_AGO);
        PurchaseRows.windowClosedHoursAgo(paid, LONG_AGO);

        Http.Reply gone = awaitGone(mall, unpaid);

        assertThat(gone.status()).as(gone.toString()).isEqualTo(404);
        assertThat(gone.isCompleteProblem()).isTrue();
        assertThat(gone.object().getString("type")).endsWith("/purchase-not-found");
        assertThat(seenAs(mall, withinGrace)).as("within the grace period").isEqualTo("EXPIRED");
        assertThat(seenAs(mall, pending)).as("a result of its credit company may be pending").isEqualTo("EXPIRED");
        assertThat(seenAs(mall, paid)).isEqualTo("PAID");
        assertThat(mall.http().asOperator().get("metrics").body()).containsPattern("anonpay_purchases_purged_total \\d");
    }

    @Test
    void aPurchaseWithAPaymentRequestStays() {
        TestMall mall = mall();
        String purchaseId = mall.buy(mall.product(1_000, 10, 10, 10, 100), 1).getString("purchaseId");
        mall.designateCompanies(purchaseId);
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, TestMall.as(TestParties.OTHER_CREDIT,
                TestParties.keys(TestParties.OTHER_CREDIT)).sign(SettlementResult.approved(purchaseId, "v1.elsewhere",
                new Money(1_000, "EUR"), TestParties.OTHER_CREDIT), "mall", Duration.ofDays(7)));
        assertThat(awaitRequests(mall, purchaseId)).as("the void of the approval nobody wanted").isEqualTo(1);
        String unpaid = mall.buy(mall.product(1_000, 10, 10, 10, 100), 1).getString("purchaseId");
        PurchaseRows.windowClosedHoursAgo(purchaseId, LONG_AGO);
        PurchaseRows.windowClosedHoursAgo(unpaid, LONG_AGO);

        assertThat(awaitGone(mall, unpaid).status()).as("a purchase beside it is purged").isEqualTo(404);

        assertThat(seenAs(mall, purchaseId)).isEqualTo("EXPIRED");
        assertThat(mall.operatorRequests(purchaseId)).hasSize(1);
    }

    @Test
    void anApprovalForAPurgedPurchaseIsDeadLetteredAndCreatesNothing() {
        TestMall mall = mall();
        String purchaseId = mall.buy(mall.product(1_100, 10, 10, 10, 100), 1).getString("purchaseId");
        mall.designateCompanies(purchaseId);
        PurchaseRows.windowClosedHoursAgo(purchaseId, LONG_AGO);
        assertThat(awaitGone(mall, purchaseId).status()).isEqualTo(404);
        String late = TestMall.approval(purchaseId, "v1.sealed-late-" + UUID.randomUUID(), 1_100);

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, late);

        BrokerClient.Letter dead = BrokerClient.findLetter(DEAD_RESULTS, late::equals, TestMall.PATIENCE)
                .orElseThrow(() -> new AssertionError("the late approval was not dead-lettered"));
        assertThat((String) dead.properties().get("dlqDeliveryFailureCause")).startsWith("no purchase ");
        assertThat(purchaseStatus(mall, purchaseId)).as("nothing created").isEqualTo(404);
    }

    /** The answer to the buyer's look-up once the purchase is gone, or the last one after {@link TestMall#PATIENCE}. */
    private static Http.Reply awaitGone(TestMall mall, String purchaseId) {
        Instant deadline = Instant.now().plus(TestMall.PATIENCE);
        Http.Reply reply = lookUp(mall, purchaseId);
        while (reply.status() == 200 && Instant.now().isBefore(deadline)) {
            TestMall.sleep(200);
            reply = lookUp(mall, purchaseId);
        }
        return reply;
    }

    /** The purchase's status as its buyer sees it, or the HTTP status of a look-up that found none. */
    private static String seenAs(TestMall mall, String purchaseId) {
        Http.Reply reply = lookUp(mall, purchaseId);
        return reply.status() == 200 ? reply.object().getString("status") : "HTTP " + reply.status();
    }

    private static int purchaseStatus(TestMall mall, String purchaseId) {
        return lookUp(mall, purchaseId).status();
    }

    private static Http.Reply lookUp(TestMall mall, String purchaseId) {
        return mall.http().get("api/purchases/" + TestMall.encode(purchaseId));
    }

    private static int awaitRequests(TestMall mall, String purchaseId) {
        Instant deadline = Instant.now().plus(TestMall.PATIENCE);
        while (mall.operatorRequests(purchaseId).isEmpty() && Instant.now().isBefore(deadline)) {
            TestMall.sleep(200);
        }
        return mall.operatorRequests(purchaseId).size();
    }
}
