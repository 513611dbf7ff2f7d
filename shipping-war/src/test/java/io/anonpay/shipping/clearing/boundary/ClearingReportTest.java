package io.anonpay.shipping.clearing.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.shipping.clearing.boundary.ClearingReport.Counterparty;
import io.anonpay.shipping.clearing.boundary.ClearingReport.Due;
import io.anonpay.shipping.clearing.boundary.ClearingReport.Line;
import io.anonpay.shipping.clearing.boundary.ClearingReport.Total;
import io.anonpay.shipping.clearing.control.ClearingWindow;
import io.anonpay.shipping.clearing.control.FeeDue;
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

    @Test
    void eachCreditCompanyOwesTheFeesOfItsShipments() {
        ClearingReport report = ClearingReport.of("shipping", ClearingWindow.of(null, null), List.of(
                new FeeDue("credit-two", KEY_C, 610, "EUR", AT),
                new FeeDue("credit", KEY_B, 500, "EUR", AT.plusSeconds(1)),
                new FeeDue("credit", KEY_A, 720, "EUR", AT)));

        assertThat(report.party()).isEqualTo("shipping");
        assertThat(report.from()).isNull();
        assertThat(report.to()).isNull();
        assertThat(report.counterparties()).containsExactly(
                new Counterparty("credit", Partner.Role.CREDIT, Due.FROM_COUNTERPARTY,
                        List.of(new Total("EUR", 2, 1220)),
                        List.of(new Line(KEY_A, Money.of(720, "EUR"), utc(AT)),
                                new Line(KEY_B, Money.of(500, "EUR"), utc(AT.plusSeconds(1))))),
                new Counterparty("credit-two", Partner.Role.CREDIT, Due.FROM_COUNTERPARTY,
                        List.of(new Total("EUR", 1, 610)),
                        List.of(new Line(KEY_C, Money.of(610, "EUR"), utc(AT)))));
    }

    @Test
    void totalsArePerCurrency() {
        ClearingReport report = ClearingReport.of("shipping", ClearingWindow.of(null, null), List.of(
                new FeeDue("credit", KEY_A, 500, "USD", AT),
                new FeeDue("credit", KEY_B, 720, "EUR", AT),
                new FeeDue("credit", KEY_C, 610, "EUR", AT)));

        assertThat(report.counterparties()).singleElement().satisfies(credit -> assertThat(credit.totals())
                .containsExactly(new Total("EUR", 2, 1330), new Total("USD", 1, 500)));
    }

    @Test
    void theWindowIsEchoedInUtcAndNobodyOwesAnythingWithoutShipments() {
        ClearingReport report = ClearingReport.of("shipping",
                ClearingWindow.of("2026-12-01T01:00:00+01:00", "2026-12-02T00:00:00Z"), List.of());

        assertThat(report.from()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        assertThat(report.from().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(report.to()).isEqualTo(OffsetDateTime.parse("2026-12-02T00:00:00Z"));
        assertThat(report.counterparties()).isEmpty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
