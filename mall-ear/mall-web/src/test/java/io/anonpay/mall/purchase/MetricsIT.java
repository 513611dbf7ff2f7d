package io.anonpay.mall.purchase;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.outbox.OutboxRelay;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.InfrastructureSession;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
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
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's {@code /metrics}: shut without the operator credential, Prometheus text with it; purchases by status,
 * the messages applied and dead-lettered per queue and the delivery lag from the sender's outbox commit move with a
 * purchase, and nothing in them names a product or a purchase.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String QUEUE = "{queue=\"" + Queues.SETTLEMENT_RESULTS + "\"}";
    private static final String APPLIED = "anonpay_messages_applied_total" + QUEUE;
    private static final String DEAD_LETTERED = "anonpay_messages_dead_lettered_total" + QUEUE;
    private static final String LAG_COUNT = "anonpay_delivery_lag_seconds_count" + QUEUE;
    private static final String LAG_SUM = "anonpay_delivery_lag_seconds_sum" + QUEUE;
    private static final String PAID = "anonpay_purchases{status=\"paid\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private TestMall shop() {
        return new TestMall(URI.create(base.toString()));
    }

    private String metrics() {
        Http.Reply scraped = shop().http().asOperator().get("metrics");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain").contains("version=0.0.4");
        return scraped.body();
    }

    /** The metrics once they satisfy {@code condition}, or as they are after the mall's patience. */
    private String awaitMetrics(Predicate<String> condition) {
        Instant deadline = Instant.now().plus(TestMall.PATIENCE);
        String text = metrics();
        while (!condition.test(text) && Instant.now().isBefore(deadline)) {
            TestMall.sleep(200);
            text = metrics();
        }
        return text;
    }

    /** The sample's value in Prometheus text; 0 when the series has not appeared yet. */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).orElse(0.0);
    }

    private static double purchases(String text) {
        return text.lines().filter(line -> line.startsWith("anonpay_purchases{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void withoutTheOperatorCredentialTheMetricsAreAProblem() {
        Http.Reply anonymous = shop().http().get("metrics");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isCompleteProblem()).as(anonymous.toString()).isTrue();
        assertThat(metrics()).contains("# TYPE anonpay_purchases gauge").contains("anonpay_outbox_backlog ")
                .contains("anonpay_outbox_oldest_age_seconds ");
    }

    @Test
    void aPurchasePaidThroughTheQueueMovesPurchasesAppliedMessagesAndTheLag() {
        String before = metrics();
        long productId = shop().product(1_200, 10, 10, 10, 100);
        String productName = shop().http().get("api/products/" + productId).json().asJsonObject().getString("name");
        String purchaseId = shop().buy(productId, 1).getString("purchaseId");
        String bought = metrics();
        shop().designateCompanies(purchaseId);

        sendAsRelay(TestMall.approval(purchaseId, "v1.sealed-" + UUID.randomUUID(), 1_200),
                Instant.now().minus(Duration.ofSeconds(2)));
        assertThat(shop().awaitStatus(purchaseId, "PAID").getString("status")).isEqualTo("PAID");
        String after = awaitMetrics(text -> value(text, APPLIED) > value(before, APPLIED));

        assertThat(purchases(bought) - purchases(before)).as("one purchase more, in some status").isEqualTo(1);
        assertThat(value(after, PAID) - value(before, PAID)).isEqualTo(1);
        assertThat(value(after, APPLIED) - value(before, APPLIED)).isEqualTo(1);
        assertThat(value(after, LAG_COUNT) - value(before, LAG_COUNT)).isEqualTo(1);
        assertThat(value(after, LAG_SUM) - value(before, LAG_SUM)).as("from the sender's commit, 2 s ago")
                .isGreaterThanOrEqualTo(2.0);
        assertThat(after).contains("anonpay_delivery_lag_seconds_bucket{queue=\"" + Queues.SETTLEMENT_RESULTS
                + "\",le=\"+Inf\"}");
        assertThat(after).doesNotContain(purchaseId).doesNotContain(productName);
    }

    @Test
    void aMessageThatNeverAppliesIsCountedAsDeadLetteredOnItsQueue() {
        String before = metrics();
        String garbage = "not a signed result " + UUID.randomUUID();

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, garbage);
        assertThat(BrokerClient.find("DLQ." + Queues.SETTLEMENT_RESULTS, garbage::equals, TestMall.PATIENCE))
                .isPresent();
        String after = awaitMetrics(text -> value(text, DEAD_LETTERED) > value(before, DEAD_LETTERED));

        assertThat(value(after, DEAD_LETTERED) - value(before, DEAD_LETTERED)).isEqualTo(1);
        assertThat(value(after, APPLIED)).isEqualTo(value(before, APPLIED));
        assertThat(after).doesNotContain(garbage);
    }

    /** Sends as a partner's outbox relay does: with the time its outbox row was written. */
    private static void sendAsRelay(String text, Instant committedAt) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl());
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(Queues.SETTLEMENT_RESULTS))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            TextMessage message = session.createTextMessage(text);
            message.setLongProperty(OutboxRelay.COMMITTED_AT, committedAt.toEpochMilli());
            producer.send(message);
        } catch (JMSException e) {
            throw new IllegalStateException("could not send to " + Queues.SETTLEMENT_RESULTS, e);
        }
    }
}
