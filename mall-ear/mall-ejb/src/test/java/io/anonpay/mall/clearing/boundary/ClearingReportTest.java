package io.anonpay.mall.clearing.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner.Role;
import io.anonpay.mall.clearing.boundary.ClearingReport.Counterparty;
import io.anonpay.mall.clearing.boundary.ClearingReport.Due;
import io.anonpay.mall.clearing.boundary.ClearingReport.Line;
import io.anonpay.mall.clearing.boundary.ClearingReport.Total;
import io.anonpay.mall.clearing.control.CapturedGoods;
import io.anonpay.mall.clearing.control.ClearingWindow;
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
    void eachCreditCompanyOwesTheMallItsCapturesSortedByKeyWithTotalsPerCurrency() {
        ClearingReport report = ClearingReport.of("mall", OPEN, List.of(
                new CapturedGoods("credit-two", KEY_C, Money.of(900, "EUR"), AT),
                new CapturedGoods("credit", KEY_B, Money.of(1_500, "EUR"), AT.plusSeconds(1)),
                new CapturedGoods("credit", KEY_C, Money.of(700, "CHF"), AT.plusSeconds(2)),
                new CapturedGoods("credit", KEY_A, Money.of(2_500, "EUR"), AT)));

        assertThat(report.party()).isEqualTo("mall");
        assertThat(report.counterparties()).containsExactly(
                new Counterparty("credit", Role.CREDIT, Due.FROM_COUNTERPARTY,
                        List.of(new Total("CHF", 1, 700), new Total("EUR", 2, 4_000)),
                        List.of(new Line(KEY_A, Money.of(2_500, "EUR"), utc(AT)),
                                new Line(KEY_B, Money.of(1_500, "EUR"), utc(AT.plusSeconds(1))),
                                new Line(KEY_C, Money.of(700, "CHF"), utc(AT.plusSeconds(2))))),
                new Counterparty("credit-two", Role.CREDIT, Due.FROM_COUNTERPARTY,
                        List.of(new Total("EUR", 1, 900)),
                        List.of(new Line(KEY_C, Money.of(900, "EUR"), utc(AT)))));
    }

    @Test
    void aFullyRefundedPurchaseStaysALineOfNothingAndAnUndatedOneHasNoTime() {
        ClearingReport report = ClearingReport.of("mall", OPEN, List.of(
                new CapturedGoods("credit", KEY_A, Money.of(0, "EUR"), AT),
                new CapturedGoods("credit", KEY_B, Money.of(1_000, "EUR"), null)));

        assertThat(report.counterparties()).singleElement().satisfies(credit -> {
            assertThat(credit.totals()).containsExactly(new Total("EUR", 2, 1_000));
            assertThat(credit.lines()).containsExactly(new Line(KEY_A, Money.of(0, "EUR"), utc(AT)),
                    new Line(KEY_B, Money.of(1_000, "EUR"), null));
        });
    }

    @Test
    void theWindowIsEchoedInUtcAndNobodyOwesAnythingWithoutCaptures() {
        ClearingReport report = ClearingReport.of("mall",
                ClearingWindow.of("2026-12-01T01:00:00+01:00", "2026-12-02T00:00:00Z"), List.of());

        assertThat(report.from()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        assertThat(report.from().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(report.to()).isEqualTo(OffsetDateTime.parse("2026-12-02T00:00:00Z"));
        assertThat(report.counterparties()).isEmpty();
        assertThat(ClearingReport.of("mall", OPEN, List.of()).from()).isNull();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
