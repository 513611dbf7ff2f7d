package io.anonpay.common.clearing;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner.Role;
import io.anonpay.common.clearing.ClearingReport.Counterparty;
import io.anonpay.common.clearing.ClearingReport.Due;
import io.anonpay.common.clearing.ClearingReport.Line;
import io.anonpay.common.clearing.ClearingReport.Total;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClearingReportTest {

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00.123456Z");
    private static final String KEY_A = "a".repeat(64);
    private static final String KEY_B = "b".repeat(64);
    private static final String KEY_C = "c".repeat(64);
    private static final ClearingWindow OPEN = ClearingWindow.of(null, null);

    @Test
    void eachMallIsOwedItsGoodsAndEachShippingCompanyItsFees() {
        ClearingReport report = ClearingReport.of("credit", OPEN, List.of(
                owed(Role.SHIPPING, "shipping", KEY_B, Money.of(500, "EUR"), AT.plusSeconds(2)),
                owed(Role.MALL, "mall-two", KEY_C, Money.of(900, "EUR"), AT),
                owed(Role.MALL, "mall", KEY_B, Money.of(1500, "EUR"), AT.plusSeconds(1)),
                owed(Role.MALL, "mall", KEY_A, Money.of(2500, "EUR"), AT)));

        assertThat(report.party()).isEqualTo("credit");
        assertThat(report.counterparties()).containsExactly(
                new Counterparty("mall", Role.MALL, Due.TO_COUNTERPARTY, List.of(new Total("EUR", 2, 4000)),
                        List.of(new Line(KEY_A, Money.of(2500, "EUR"), utc(AT)),
                                new Line(KEY_B, Money.of(1500, "EUR"), utc(AT.plusSeconds(1))))),
                new Counterparty("mall-two", Role.MALL, Due.TO_COUNTERPARTY, List.of(new Total("EUR", 1, 900)),
                        List.of(new Line(KEY_C, Money.of(900, "EUR"), utc(AT)))),
                new Counterparty("shipping", Role.SHIPPING, Due.TO_COUNTERPARTY, List.of(new Total("EUR", 1, 500)),
                        List.of(new Line(KEY_B, Money.of(500, "EUR"), utc(AT.plusSeconds(2))))));
    }

    @Test
    void totalsArePerCurrencyAndAFullRefundLeavesALineOfNothing() {
        ClearingReport report = ClearingReport.of("credit", OPEN, List.of(
                owed(Role.MALL, "mall", KEY_A, Money.of(700, "USD"), AT),
                owed(Role.MALL, "mall", KEY_B, Money.of(2500, "EUR"), AT),
                owed(Role.MALL, "mall", KEY_C, Money.of(0, "EUR"), AT)));

        assertThat(report.counterparties()).singleElement().satisfies(mall -> {
            assertThat(mall.totals()).containsExactly(new Total("EUR", 2, 2500), new Total("USD", 1, 700));
            assertThat(mall.lines()).extracting(Line::purchaseKey).containsExactly(KEY_A, KEY_B, KEY_C);
        });
    }

    @Test
    void aMallAndAShippingCompanyOfTheSameIdStayApart() {
        ClearingReport report = ClearingReport.of("credit", OPEN, List.of(
                owed(Role.SHIPPING, "both", KEY_A, Money.of(500, "EUR"), AT),
                owed(Role.MALL, "both", KEY_A, Money.of(2500, "EUR"), AT)));

        assertThat(report.counterparties()).extracting(Counterparty::role).containsExactly(Role.MALL, Role.SHIPPING);
    }

    @Test
    void theWindowIsEchoedInUtcAndNobodyIsOwedAnythingWithoutPayments() {
        ClearingReport report = ClearingReport.of("credit",
                ClearingWindow.of("2026-12-01T01:00:00+01:00", "2026-12-02T00:00:00Z"), List.of());

        assertThat(report.from()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        assertThat(report.from().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(report.to()).isEqualTo(OffsetDateTime.parse("2026-12-02T00:00:00Z"));
        assertThat(report.counterparties()).isEmpty();
    }

    /** As the launcher's reconcile reads it: the brief's shape, in its order, an open bound as null. */
    @Test
    void jsonHasTheSharedShape() throws Exception {
        ClearingReport report = ClearingReport.of("credit", ClearingWindow.of("2026-12-01T00:00:00Z", null),
                List.of(owed(Role.MALL, "mall", KEY_A, Money.of(2500, "EUR"), AT)));

        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(report);
        }

        assertThat(json).isEqualTo("{\"party\":\"credit\",\"from\":\"2026-12-01T00:00:00Z\",\"to\":null,"
                + "\"counterparties\":[{\"counterparty\":\"mall\",\"role\":\"MALL\",\"due\":\"TO_COUNTERPARTY\","
                + "\"totals\":[{\"currency\":\"EUR\",\"count\":1,\"amount\":2500}],"
                + "\"lines\":[{\"purchaseKey\":\"" + KEY_A + "\",\"amount\":{\"amount\":2500,\"currency\":\"EUR\"},"
                + "\"at\":\"2026-12-06T12:00:00.123456Z\"}]}]}");
    }

    @Test
    void aMallIsOwedByItsCreditCompaniesAndALineItNeverDatedGoesOutWithoutATime() throws Exception {
        ClearingReport report = ClearingReport.of("mall", OPEN, List.of(
                new AmountDue(Role.CREDIT, "credit", Due.FROM_COUNTERPARTY, KEY_A, Money.of(2500, "EUR"), null)));

        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(report);
        }

        assertThat(report.counterparties()).singleElement().extracting(Counterparty::due)
                .isEqualTo(Due.FROM_COUNTERPARTY);
        assertThat(json).contains("\"due\":\"FROM_COUNTERPARTY\"").contains("\"at\":null")
                .contains("\"from\":null,\"to\":null");
    }

    @Test
    void amountsDueBothWaysWithOneCounterpartyAreAMistakeOfTheCaller() {
        List<AmountDue> both = List.of(owed(Role.MALL, "mall", KEY_A, Money.of(1, "EUR"), AT),
                new AmountDue(Role.MALL, "mall", Due.FROM_COUNTERPARTY, KEY_B, Money.of(1, "EUR"), AT));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClearingReport.of("credit", OPEN, both))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a credit company owes: to the counterparty. */
    private static AmountDue owed(Role role, String counterparty, String key, Money amount, Instant at) {
        return new AmountDue(role, counterparty, Due.TO_COUNTERPARTY, key, amount, at);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
