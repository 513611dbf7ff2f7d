package io.anonpay.mall.clearing;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.CreditQueue;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's clearing report, deployed for real, with the test playing the credit and shipping companies: a credit
 * company owes the mall a purchase's goods from the moment the mall applied its capture, captured less refunded, in
 * the shape the three parties share; read from what is committed, and never naming what was bought.
 */
@ExtendWith(ArquillianExtension.class)
class ClearingIT {

    private static final String CLEARING = "api/operator/clearing";

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
    void aCaptureIsOwedOnceTheMallAppliedItAndARefundNetsItWithoutNamingThePurchase() {
        TestMall mall = mall();
        CreditQueue credit = new CreditQueue(mall, TestParties.CREDIT);
        Paid paid = paid(mall, TestParties.CREDIT, 2_000);
        String shippingId = "AP4" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        mall.ship(paid.purchaseId(), shippingId, ShipmentStatus.ACCEPTED);
        PaymentRequest capture = credit.awaitNext(paid.purchaseId());
        assertThat(line(report(mall, ""), TestParties.CREDIT, paid.key())).as("asked, not confirmed").isEmpty();

        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(capture, PaymentState.CAPTURED, 2_000, 0));
        mall.awaitPayment(paid.purchaseId(), "CAPTURED");
        Instant after = Instant.now();

        JsonObject captured = line(report(mall, ""), TestParties.CREDIT, paid.key()).orElseThrow();
        assertThat(captured.getJsonObject("amount")).isEqualTo(amount(2_000));
        Instant at = Instant.parse(captured.getString("at"));
        assertThat(at).isBetween(before, after);
        assertThat(at).as("the answer to the capture request").isEqualTo(Instant.parse(
                mall.operatorRequests(paid.purchaseId()).getJsonObject(0).getString("answeredAt")));

        Http.Reply refunded = mall.http().asOperator().post("api/operator/purchases/"
                + TestMall.encode(paid.purchaseId()) + "/refunds",
                "{\"amount\":{\"amount\":500,\"currency\":\"EUR\"},\"reason\":\"a dent in " + paid.productName() + "\"}");
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(202);
        PaymentRequest refund = credit.awaitNext(paid.purchaseId());
        assertThat(refund.action()).isEqualTo(Action.REFUND);
        BrokerClient.send(Queues.PAYMENT_UPDATES,
                TestMall.applied(refund, PaymentState.PARTIALLY_REFUNDED, 2_000, 500));
        mall.awaitPayment(paid.purchaseId(), "PARTIALLY_REFUNDED");

        Http.Reply reply = mall.http().asOperator().get(CLEARING);
        JsonObject net = line(reply.object(), TestParties.CREDIT, paid.key()).orElseThrow();
        assertThat(net.getJsonObject("amount")).isEqualTo(amount(1_500));
        assertThat(Instant.parse(net.getString("at"))).as("still owed since the capture").isEqualTo(at);
        assertThat(reply.body()).doesNotContain(paid.productName(), paid.purchaseId(), paid.settlementId(),
                shippingId, "dent");
    }

    @Test
    void theReportHasTheSharedShapeOneCounterpartyPerCreditCompany() {
        TestMall mall = mall();
        Paid atCredit = captured(mall, TestParties.CREDIT, 2_100);
        Paid atCreditTwo = captured(mall, TestParties.OTHER_CREDIT, 2_200);

        Http.Reply reply = mall.http().asOperator().get(CLEARING);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonObject report = reply.object();
        assertThat(report.keySet()).containsExactly("party", "from", "to", "counterparties");
        assertThat(report.getString("party")).isEqualTo(TestParties.MALL);
        assertThat(report.get("from")).isEqualTo(JsonValue.NULL);
        assertThat(report.get("to")).isEqualTo(JsonValue.NULL);
        List<JsonObject> counterparties = report.getJsonArray("counterparties").getValuesAs(JsonObject.class);
        assertThat(counterparties).extracting(c -> c.getString("counterparty")).isSorted()
                .contains(TestParties.CREDIT, TestParties.OTHER_CREDIT).doesNotHaveDuplicates();
        for (JsonObject counterparty : counterparties) {
            assertThat(counterparty.keySet()).containsExactly("counterparty", "role", "due", "totals", "lines");
            assertThat(counterparty.getString("role")).isEqualTo("CREDIT");
            assertThat(counterparty.getString("due")).isEqualTo("FROM_COUNTERPARTY");
            List<JsonObject> lines = counterparty.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertThat(lines).isNotEmpty().extracting(l -> l.getString("purchaseKey")).isSorted()
                    .doesNotHaveDuplicates().allMatch(key -> key.matches("[0-9a-f]{64}"));
            lines.forEach(l -> assertThat(l.keySet()).containsExactly("purchaseKey", "amount", "at"));
            assertTotals(counterparty, lines);
        }
        assertThat(line(report, TestParties.CREDIT, atCredit.key()).orElseThrow().getJsonObject("amount"))
                .isEqualTo(amount(2_100));
        assertThat(line(report, TestParties.OTHER_CREDIT, atCreditTwo.key()).orElseThrow().getJsonObject("amount"))
                .isEqualTo(amount(2_200));
        assertThat(line(report, TestParties.CREDIT, atCreditTwo.key())).as("owed by the company that captured")
                .isEmpty();
    }

    @Test
    void theWindowPicksLinesByWhenTheCaptureWasApplied() {
        TestMall mall = mall();
        Paid paid = captured(mall, TestParties.CREDIT, 2_300);
        Instant at = Instant.parse(line(report(mall, ""), TestParties.CREDIT, paid.key()).orElseThrow()
                .getString("at"));
        Instant next = at.plus(1, ChronoUnit.MICROS);

        JsonObject exactly = report(mall, window(at, next));
        assertThat(Instant.parse(exactly.getString("from"))).isEqualTo(at);
        assertThat(Instant.parse(exactly.getString("to"))).isEqualTo(next);
        assertThat(line(exactly, TestParties.CREDIT, paid.key())).as("from is inclusive").isPresent();
        assertThat(line(report(mall, window(at.minusSeconds(60), at.plusSeconds(60))), TestParties.CREDIT,
                paid.key())).isPresent();
        assertThat(line(report(mall, "?from=" + TestMall.encode(at.toString())), TestParties.CREDIT, paid.key()))
                .isPresent();
        assertThat(line(report(mall, "?to=" + TestMall.encode(next.toString())), TestParties.CREDIT, paid.key()))
                .isPresent();
        assertThat(line(report(mall, "?from=" + TestMall.encode(next.toString())), TestParties.CREDIT, paid.key()))
                .isEmpty();
        assertThat(line(report(mall, "?to=" + TestMall.encode(at.toString())), TestParties.CREDIT, paid.key()))
                .as("to is exclusive").isEmpty();
        assertThat(line(report(mall, window(at.minusSeconds(3_600), at.minusSeconds(60))), TestParties.CREDIT,
                paid.key())).isEmpty();
    }

    @Test
    void theReportReadsWhatIsCommitted() {
        TestMall mall = mall();
        Paid paid = captured(mall, TestParties.CREDIT, 2_400);
        assertThat(line(report(mall, ""), TestParties.CREDIT, paid.key()).orElseThrow().getJsonObject("amount"))
                .isEqualTo(amount(2_400));

        change(paid.key(), "refunded_amount = 400");

        assertThat(line(report(mall, ""), TestParties.CREDIT, paid.key()).orElseThrow().getJsonObject("amount"))
                .isEqualTo(amount(2_000));
    }

    /** Before payments had steps an approval debited the card at once (sql/mall/V4): no capture was ever dated. */
    @Test
    void aPaymentCountedAsCapturedAtItsApprovalIsOwedUndatedInAReportWithoutBounds() {
        TestMall mall = mall();
        Paid paid = paid(mall, TestParties.CREDIT, 2_500);
        assertThat(line(report(mall, ""), TestParties.CREDIT, paid.key())).as("held, not captured").isEmpty();

        change(paid.key(), "payment_state = 'CAPTURED', captured_amount = sum_amount");

        JsonObject undated = line(report(mall, ""), TestParties.CREDIT, paid.key()).orElseThrow();
        assertThat(undated.getJsonObject("amount")).isEqualTo(amount(2_500));
        assertThat(undated.get("at")).isEqualTo(JsonValue.NULL);
        assertThat(line(report(mall, "?from=1970-01-01T00:00:00Z"), TestParties.CREDIT, paid.key())).isEmpty();
        assertThat(line(report(mall, "?to=2999-01-01T00:00:00Z"), TestParties.CREDIT, paid.key())).isEmpty();
    }

    @Test
    void theReportNeedsTheOperator() {
        Http http = mall().http();

        Http.Reply anonymous = http.get(CLEARING);
        Http.Reply wrongPassword = http.as("operator", "wrong-password").get(CLEARING + "?from=2026-12-01T00:00:00Z");

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(401);
        assertThat(anonymous.isProblem()).as(anonymous.toString()).isTrue();
        assertThat(wrongPassword.object().getString("type")).endsWith("/operator-credential-required");
        assertThat(anonymous.body()).doesNotContain("counterparties");
    }

    @Test
    void badInstantsAndWindowsAreProblems() {
        TestMall mall = mall();

        assertProblem(mall, "?from=yesterday", "invalid-instant", "from");
        assertProblem(mall, "?from=", "invalid-instant", "from");
        assertProblem(mall, "?to=2026-12-01", "invalid-instant", "to");
        assertProblem(mall, "?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00", "invalid-instant", "to");
        assertProblem(mall, "?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
        assertProblem(mall, "?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
    }

    /** A purchase bought, designated and approved by {@code company}, with what must never show in a report. */
    private record Paid(String purchaseId, String key, String productName, String settlementId) {
    }

    private static Paid paid(TestMall mall, String company, long price) {
        long product = mall.product(price, 10, 10, 10, 100);
        String productName = mall.http().get("api/products/" + product).object().getString("name");
        String purchaseId = mall.buy(product, 1).getString("purchaseId");
        assertThat(mall.designate(purchaseId, company).status()).isEqualTo(200);
        String settlementId = "v1.sealed-" + UUID.randomUUID();
        BrokerClient.send(Queues.SETTLEMENT_RESULTS, TestMall.as(company, TestParties.keys(company)).sign(
                SettlementResult.approved(purchaseId, settlementId, Money.of(price, "EUR"), company), "mall",
                Duration.ofDays(7)));
        assertThat(mall.awaitStatus(purchaseId, "PAID").getString("status")).isEqualTo("PAID");
        return new Paid(purchaseId, PurchaseKey.of(purchaseId).hex(), productName, settlementId);
    }

    /** A purchase paid at {@code company}, shipped, and its capture confirmed by that company. */
    private static Paid captured(TestMall mall, String company, long price) {
        CreditQueue credit = new CreditQueue(mall, company);
        Paid paid = paid(mall, company, price);
        mall.ship(paid.purchaseId(), "AP5" + String.format("%09d", price), ShipmentStatus.ACCEPTED);
        PaymentRequest capture = credit.awaitNext(paid.purchaseId());
        assertThat(capture.action()).isEqualTo(Action.CAPTURE);
        BrokerClient.send(Queues.PAYMENT_UPDATES, TestMall.applied(capture, PaymentState.CAPTURED, price, 0));
        assertThat(mall.awaitPayment(paid.purchaseId(), "CAPTURED").getJsonObject("payment").getString("state"))
                .isEqualTo("CAPTURED");
        return paid;
    }

    private static JsonObject report(TestMall mall, String query) {
        Http.Reply reply = mall.http().asOperator().get(CLEARING + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static String window(Instant from, Instant to) {
        return "?from=" + TestMall.encode(from.toString()) + "&to=" + TestMall.encode(to.toString());
    }

    /** The report's line for the purchase key with that credit company, if it has one. */
    private static Optional<JsonObject> line(JsonObject report, String company, String key) {
        return report.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("counterparty").equals(company))
                .flatMap(c -> c.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getString("purchaseKey").equals(key))
                .findFirst();
    }

    private static JsonObject amount(long euroCents) {
        return Json.createObjectBuilder().add("amount", euroCents).add("currency", "EUR").build();
    }

    /** Per currency: as many as the lines, and their sum. */
    private static void assertTotals(JsonObject counterparty, List<JsonObject> lines) {
        List<JsonObject> totals = counterparty.getJsonArray("totals").getValuesAs(JsonObject.class);
        assertThat(totals).extracting(t -> t.getString("currency")).isSorted().doesNotHaveDuplicates();
        for (JsonObject total : totals) {
            assertThat(total.keySet()).containsExactly("currency", "count", "amount");
            List<JsonObject> inCurrency = lines.stream()
                    .filter(l -> l.getJsonObject("amount").getString("currency").equals(total.getString("currency")))
                    .toList();
            assertThat(total.getJsonNumber("count").longValueExact()).isEqualTo(inCurrency.size());
            assertThat(total.getJsonNumber("amount").longValueExact()).isEqualTo(inCurrency.stream()
                    .mapToLong(l -> l.getJsonObject("amount").getJsonNumber("amount").longValueExact()).sum());
        }
        assertThat(totals.stream().mapToLong(t -> t.getJsonNumber("count").longValueExact()).sum())
                .isEqualTo(lines.size());
    }

    private static void assertProblem(TestMall mall, String query, String type, String parameter) {
        Http.Reply reply = mall.http().asOperator().get(CLEARING + query);
        assertThat(reply.status()).as(query + " → " + reply).isEqualTo(400);
        assertThat(reply.isCompleteProblem()).as(reply.toString()).isTrue();
        assertThat(reply.object().getString("type")).as(reply.toString()).endsWith("/" + type);
        assertThat(reply.object().getString("detail")).as(reply.toString()).startsWith(parameter + " ");
    }

    /**
     * Sets {@code columns} of one purchase behind the mall's back, committed at once, through the mall's own login
     * (DB_URL, DB_USER, DB_PASSWORD).
     */
    private static void change(String purchaseKey, String columns) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             PreparedStatement statement = db.prepareStatement("update purchase set " + columns
                     + " where purchase_key = decode(?, 'hex')")) {
            statement.setString(1, purchaseKey);
            assertThat(statement.executeUpdate()).as(columns).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the mall's purchase table", e);
        }
    }
}
