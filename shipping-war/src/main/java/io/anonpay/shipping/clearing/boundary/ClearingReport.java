package io.anonpay.shipping.clearing.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.shipping.clearing.control.ClearingWindow;
import io.anonpay.shipping.clearing.control.FeeDue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What is due between this shipping company and each credit company in a window, in the shape every party
 * answers {@code GET api/operator/clearing} with (the launcher's {@code ./anonpay reconcile} compares them): purchase
 * keys, amounts, currencies, times and party ids, never a name, an address, a tracking number or a sealed
 * identifier. An open bound goes out as {@code null}. Times are offset date-times in UTC, which JSON-B writes with
 * the fraction as stored ({@code 2026-12-06T12:00:00.123456Z}).
 *
 * @param party the reporting party's id: this company
 */
@JsonbNillable
@JsonbPropertyOrder({"party", "from", "to", "counterparties"})
public record ClearingReport(String party, OffsetDateTime from, OffsetDateTime to,
        List<Counterparty> counterparties) {

    /** Who owes whom on a counterparty's lines. */
    public enum Due {
        /** This party owes the counterparty. */
        TO_COUNTERPARTY,
        /** The counterparty owes this party. */
        FROM_COUNTERPARTY
    }

    /** @param counterparty the counterparty's party id */
    @JsonbPropertyOrder({"counterparty", "role", "due", "totals", "lines"})
    public record Counterparty(String counterparty, Partner.Role role, Due due, List<Total> totals,
            List<Line> lines) {
    }

    /** The lines of one currency: how many and their sum, in minor units. */
    @JsonbPropertyOrder({"currency", "count", "amount"})
    public record Total(String currency, long count, long amount) {
    }

    /** What is due for one purchase, since {@code at}. */
    @JsonbPropertyOrder({"purchaseKey", "amount", "at"})
    public record Line(String purchaseKey, Money amount, OffsetDateTime at) {

        static Line of(FeeDue fee) {
            return new Line(fee.purchaseKey(), Money.of(fee.amount(), fee.currency()), utc(fee.at()));
        }
    }

    /**
     * Every fee in the window, due from the credit company that holds it: counterparties by id, lines by purchase
     * key, one per shipment (a purchase has one shipment); a credit company with no fee in the window is left out.
     */
    public static ClearingReport of(String party, ClearingWindow window, List<FeeDue> fees) {
        Map<String, List<FeeDue>> byCreditCompany = fees.stream()
                .collect(Collectors.groupingBy(FeeDue::creditCompany, TreeMap::new, Collectors.toList()));
        List<Counterparty> counterparties = byCreditCompany.entrySet().stream()
                .map(company -> creditCompany(company.getKey(), company.getValue())).toList();
        return new ClearingReport(party, utc(window.from()), utc(window.to()), counterparties);
    }

    private static Counterparty creditCompany(String id, List<FeeDue> fees) {
        List<Line> lines = fees.stream().map(Line::of).sorted(Comparator.comparing(Line::purchaseKey)).toList();
        return new Counterparty(id, Partner.Role.CREDIT, Due.FROM_COUNTERPARTY, totals(lines), lines);
    }

    private static List<Total> totals(List<Line> lines) {
        Map<String, List<Line>> byCurrency = lines.stream()
                .collect(Collectors.groupingBy(line -> line.amount().currency(), TreeMap::new, Collectors.toList()));
        return byCurrency.entrySet().stream().map(currency -> new Total(currency.getKey(), currency.getValue().size(),
                currency.getValue().stream().mapToLong(line -> line.amount().amount()).reduce(0, Math::addExact)))
                .toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
