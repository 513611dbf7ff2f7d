package io.anonpay.mall.delivery;

import io.anonpay.common.contract.Queues;
import io.anonpay.it.BrokerClient;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the mall takes partners' messages without XA, on the real resource adapter and broker: why its listeners
 * never throw, and what happens to a result its database refuses for a while or for good. The IT environment
 * gives the mall 8 attempts ({@code ANONPAY_MALL_DELIVERY_ATTEMPTS}): pauses of 0.2 to 10 s, 22.6 s in all.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {

    private static final String DEAD_RESULTS = "DLQ." + Queues.SETTLEMENT_RESULTS;
    private static final int ATTEMPTS = 8;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged().addClass(ThrowingListener.class);
    }

    @ArquillianResource
    URL base;

    private TestMall mall() {
        return new TestMall(URI.create(base.toString()));
    }

    /**
     * The adapter's behaviour that the mall's design rests on: a listener without a transaction that throws has
     * its message acknowledged all the same — delivered once, never again, not dead-lettered. A throw would lose a
     * result; so {@code Deliveries} never throws, and sends again or dead-letters itself.
     */
    @Test
    void theAdapterAcknowledgesAMessageWhoseListenerThrew() {
        String text = "throwing-" + UUID.randomUUID();

        BrokerClient.send(ThrowingListener.QUEUE, text);

        assertThat(BrokerClient.find(ThrowingListener.SEEN, text::equals, TestMall.PATIENCE))
                .as("the listener was called").isPresent();
        TestMall.sleep(5_000);
        assertThat(BrokerClient.browse(ThrowingListener.SEEN)).filteredOn(seen -> seen.text().equals(text))
                .as("deliveries of the message").hasSize(1);
        assertThat(BrokerClient.browse(ThrowingListener.QUEUE)).noneMatch(left -> left.text().equals(text));
        assertThat(BrokerClient.browse("DLQ." + ThrowingListener.QUEUE)).noneMatch(dead -> dead.text().equals(text));
    }

    @Test
    void aResultTheDatabaseRefusesForAWhileIsAppliedOnceItAccepts() {
        String purchaseId = mall().buy(mall().product(1_100, 10, 10, 10, 100), 1).getString("purchaseId");
        mall().designateCompanies(purchaseId);
        String settlementId = "v1.sealed-name-" + UUID.randomUUID();
        String approval = TestMall.approval(purchaseId, settlementId, 1_100);

        try (PurchaseHold hold = PurchaseHold.on(purchaseId, "it_hold_a_while")) {
            BrokerClient.send(Queues.SETTLEMENT_RESULTS, approval);
            TestMall.sleep(1_500);
            assertThat(mall().purchase(purchaseId).getString("status")).as("while the database refuses")
                    .isEqualTo("AWAITING_PAYMENT");
        }

        assertThat(mall().awaitStatus(purchaseId, "PAID").getString("settlementId")).isEqualTo(settlementId);
        assertThat(BrokerClient.find(DEAD_RESULTS, approval::equals, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aResultTheDatabaseKeepsRefusingIsDeadLetteredWithItsReasonAfterTheLastAttempt() {
        String purchaseId = mall().buy(mall().product(1_200, 10, 10, 10, 100), 1).getString("purchaseId");
        mall().designateCompanies(purchaseId);
        String approval = TestMall.approval(purchaseId, "v1.sealed-name-" + UUID.randomUUID(), 1_200);

        try (PurchaseHold hold = PurchaseHold.on(purchaseId, "it_hold_for_good")) {
            BrokerClient.send(Queues.SETTLEMENT_RESULTS, approval);

            BrokerClient.Letter dead = BrokerClient.findLetter(DEAD_RESULTS, approval::equals, TestMall.PATIENCE)
                    .orElseThrow(() -> new AssertionError("the approval was not dead-lettered"));
            assertThat(dead.properties()).containsEntry("anonpayAttempt", ATTEMPTS).containsKey("anonpayFirstSentAt");
            assertThat((String) dead.properties().get("dlqDeliveryFailureCause"))
                    .startsWith("database: 23514").contains("it_hold_for_good").doesNotContain("Failing row");
            assertThat(mall().purchase(purchaseId).getString("status")).isEqualTo("AWAITING_PAYMENT");
        }
        assertThat(BrokerClient.browse(Queues.SETTLEMENT_RESULTS)).noneMatch(left -> left.text().equals(approval));
    }
}
