package io.anonpay.shipping.clearing;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.shipping.ShippingDb;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's clearing report on the deployed server: each parcel's fee due from its credit company from the
 * moment it was accepted, read from what the database holds, in the window asked for, and nothing of the buyer.
 * Tests that need a window of their own move their shipments' acceptance to a random instant of the next century.
 */
@ExtendWith(ArquillianExtension.class)
class ClearingIT {

    private static final String CLEARING = "api/operator/clearing";

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void eachCreditCompanyOwesTheFeesOfItsParcels() {
        Instant start = somewhereInTheNextCentury();
        String small = shipAt(TestParties.CREDIT, 2400, start.plusSeconds(2));
        String large = shipAt(TestParties.CREDIT, 12_000, start.plusSeconds(1));
        String elsewhere = shipAt(TestParties.OTHER_CREDIT, 5001, start.plus(1, ChronoUnit.MICROS));

        JsonObject report = clearing("?from=" + encoded(start.atOffset(ZoneOffset.ofHours(1)).toString())
                + "&to=" + start.plus(Duration.ofHours(1)));

        assertThat(report.keySet()).containsExactlyInAnyOrder("party", "from", "to", "counterparties");
        assertThat(report.getString("party")).isEqualTo(TestParties.SHIPPING);
        assertThat(report.getString("from")).endsWith("Z");
        assertThat(Instant.parse(report.getString("from"))).isEqualTo(start);
        assertThat(Instant.parse(report.getString("to"))).isEqualTo(start.plus(Duration.ofHours(1)));
        assertThat(report.getJsonArray("counterparties").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("counterparty"))
                .containsExactly(TestParties.CREDIT, TestParties.OTHER_CREDIT);

        JsonObject credit = counterparty(report, TestParties.CREDIT);
        assertThat(credit.keySet()).containsExactlyInAnyOrder("counterparty", "role", "due", "totals", "lines");
        assertThat(credit.getString("role")).isEqualTo("CREDIT");
        assertThat(credit.getString("due")).isEqualTo("FROM_COUNTERPARTY");
        assertThat(credit.getJsonArray("totals").getValuesAs(JsonObject.class)).singleElement().satisfies(total -> {
            assertThat(total.getString("currency")).isEqualTo("EUR");
            assertThat(total.getJsonNumber("count").longValueExact()).isEqualTo(2);
            assertThat(total.getJsonNumber("amount").longValueExact()).isEqualTo(500 + 720);
        });
        List<JsonObject> lines = lines(credit);
        assertThat(lines).extracting(line -> line.getString("purchaseKey"))
                .containsExactlyElementsOf(sorted(key(small), key(large)));
        assertLine(line(report, TestParties.CREDIT, small).orElseThrow(), small, 500, start.plusSeconds(2));
        assertLine(line(report, TestParties.CREDIT, large).orElseThrow(), large, 720, start.plusSeconds(1));

        JsonObject other = counterparty(report, TestParties.OTHER_CREDIT);
        assertThat(other.getString("role")).isEqualTo("CREDIT");
        assertThat(other.getString("due")).isEqualTo("FROM_COUNTERPARTY");
        assertThat(lines(other)).singleElement().satisfies(line ->
                assertLine(line, elsewhere, 610, start.plus(1, ChronoUnit.MICROS)));
        assertThat(other.getJsonArray("totals").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(total -> assertThat(total.getJsonNumber("amount").longValueExact()).isEqualTo(610));
    }

    @Test
    void anOpenWindowGoesOutAsNull() {
        JsonObject report = clearing("");

        assertThat(report.isNull("from")).isTrue();
        assertThat(report.isNull("to")).isTrue();
    }

    @Test
    void aParcelsFeeIsDueFromItsAcceptanceAsTheDatabaseHoldsIt() {
        String purchaseId = TestMall.purchaseId();
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        String since = "?from=" + before;
        assertThat(line(clearing(since), TestParties.CREDIT, purchaseId)).isEmpty();

        ship(purchaseId, TestParties.CREDIT, 12_000);

        Instant acceptedAt = ShippingDb.acceptedAt(purchaseId);
        assertThat(acceptedAt).isBetween(before, Instant.now());
        assertLine(line(clearing(since), TestParties.CREDIT, purchaseId).orElseThrow(), purchaseId, 720, acceptedAt);
        ShippingDb.setFee(purchaseId, 705);
        assertLine(line(clearing(since), TestParties.CREDIT, purchaseId).orElseThrow(), purchaseId, 705, acceptedAt);
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        Instant start = somewhereInTheNextCentury();
        Instant next = start.plusSeconds(1);
        String first = shipAt(TestParties.CREDIT, 2400, start);
        String second = shipAt(TestParties.CREDIT, 2400, next);
        Instant later = next.plus(1, ChronoUnit.MICROS);

        assertThat(ours(window(start, next), first, second)).containsExactly(first);
        assertThat(ours(window(start, later), first, second)).containsExactlyInAnyOrder(first, second);
        assertThat(ours(window(start.plus(1, ChronoUnit.MICROS), null), first, second)).containsExactly(second);
        assertThat(ours(window(null, start), first, second)).isEmpty();
        assertThat(ours(window(null, start.plus(1, ChronoUnit.MICROS)), first, second)).containsExactly(first);
    }

    @Test
    void theReportNeedsTheOperatorCredential() {
        Http.Reply anonymous = http().get(CLEARING);
        Http.Reply guessed = http().as("operator", "guess").get(CLEARING);

        for (Http.Reply refused : List.of(anonymous, guessed)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.isProblem()).as(refused.toString()).isTrue();
            assertThat(refused.body()).doesNotContain("counterparties");
        }
    }

    @Test
    void malformedInstantsAndEmptyWindowsAreRefused() {
        assertRefused("?from=yesterday", "invalid-instant", "from");
        assertRefused("?to=2026-13-01T00:00:00Z", "invalid-instant", "to");
        assertRefused("?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00", "invalid-instant", "to");
        assertRefused("?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
        assertRefused("?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "invalid-window", "from");
    }

    @Test
    void theReportNamesNoBuyerAndNoParcel() {
        String purchaseId = TestMall.purchaseId();
        String name = "Ada Lovelace " + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply accepted = http().post("api/shipments", TestMall.request(TestMall.signed(purchaseId, 2400), name));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String shippingId = accepted.json().asJsonObject().getString("shippingId");

        Instant acceptedAt = ShippingDb.acceptedAt(purchaseId);

        Http.Reply reply = http().asOperator()
                .get(CLEARING + "?from=" + acceptedAt + "&to=" + acceptedAt.plus(1, ChronoUnit.MICROS));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(line(reply.json().asJsonObject(), TestParties.CREDIT, purchaseId)).isPresent();
        for (String secret : List.of(name, "Ada", "Lovelace", "Lindenallee", "10115", "Berlin", "DE\"", "5550123",
                shippingId, purchaseId, ShippingDb.sealedName(purchaseId))) {
            assertThat(reply.body()).as(secret).doesNotContain(secret);
        }
        for (JsonObject counterparty : reply.json().asJsonObject().getJsonArray("counterparties")
                .getValuesAs(JsonObject.class)) {
            for (JsonObject line : lines(counterparty)) {
                assertThat(line.keySet()).containsExactlyInAnyOrder("purchaseKey", "amount", "at");
                assertThat(line.getJsonObject("amount").keySet()).containsExactlyInAnyOrder("amount", "currency");
            }
        }
    }

    private JsonObject clearing(String query) {
        Http.Reply reply = http().asOperator().get(CLEARING + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply.json().asJsonObject();
    }

    private void assertRefused(String query, String slug, String parameter) {
        Http.Reply reply = http().asOperator().get(CLEARING + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().asJsonObject().getString("type")).endsWith("/" + slug);
        assertThat(reply.json().asJsonObject().getString("detail")).startsWith(parameter + " ");
    }

    /** The report of [from, to) with either side open (null); every line in it lies in the window. */
    private JsonObject window(Instant from, Instant to) {
        List<String> bounds = new ArrayList<>();
        if (from != null) {
            bounds.add("from=" + from);
        }
        if (to != null) {
            bounds.add("to=" + to);
        }
        JsonObject report = clearing("?" + String.join("&", bounds));
        for (JsonObject counterparty : report.getJsonArray("counterparties").getValuesAs(JsonObject.class)) {
            for (JsonObject line : lines(counterparty)) {
                Instant at = Instant.parse(line.getString("at"));
                assertThat(from == null || !at.isBefore(from)).as("%s from %s", at, from).isTrue();
                assertThat(to == null || at.isBefore(to)).as("%s to %s", at, to).isTrue();
            }
        }
        return report;
    }

    /** Which of these purchases the report has a line for. */
    private static List<String> ours(JsonObject report, String... purchaseIds) {
        return List.of(purchaseIds).stream()
                .filter(purchaseId -> line(report, TestParties.CREDIT, purchaseId).isPresent()).toList();
    }

    private String shipAt(String creditCompany, long volume, Instant acceptedAt) {
        String purchaseId = TestMall.purchaseId();
        ship(purchaseId, creditCompany, volume);
        ShippingDb.setAcceptedAt(purchaseId, acceptedAt);
        return purchaseId;
    }

    private void ship(String purchaseId, String creditCompany, long volume) {
        Http.Reply accepted = http().post("api/shipments", TestMall.request(
                TestMall.sign(TestMall.instructions(purchaseId, volume, creditCompany)), "Ada Lovelace"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    private static void assertLine(JsonObject line, String purchaseId, long fee, Instant at) {
        assertThat(line.getString("purchaseKey")).isEqualTo(key(purchaseId)).matches("[0-9a-f]{64}");
        assertThat(Money.of(line.getJsonObject("amount").getJsonNumber("amount").longValueExact(),
                line.getJsonObject("amount").getString("currency"))).isEqualTo(Money.of(fee, "EUR"));
        assertThat(line.getString("at")).endsWith("Z");
        assertThat(Instant.parse(line.getString("at"))).isEqualTo(at);
    }

    private static Optional<JsonObject> line(JsonObject report, String creditCompany, String purchaseId) {
        return report.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("counterparty").equals(creditCompany)).findFirst().stream()
                .flatMap(c -> lines(c).stream()).filter(l -> l.getString("purchaseKey").equals(key(purchaseId)))
                .findFirst();
    }

    private static JsonObject counterparty(JsonObject report, String id) {
        return report.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("counterparty").equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonObject> lines(JsonObject counterparty) {
        return counterparty.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    private static String key(String purchaseId) {
        return PurchaseKey.of(purchaseId).hex();
    }

    private static List<String> sorted(String... keys) {
        return List.of(keys).stream().sorted().toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An instant in 2100–2199, to the microsecond: a window there holds only the shipments a test moved there. */
    private static Instant somewhereInTheNextCentury() {
        long seconds = ThreadLocalRandom.current().nextLong(Duration.ofDays(36_500).toSeconds());
        return Instant.parse("2100-01-01T00:00:00Z").plusSeconds(seconds)
                .plus(ThreadLocalRandom.current().nextLong(1, 1_000_000), ChronoUnit.MICROS);
    }
}
