package io.anonpay.credit.clearing.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.credit.clearing.control.ClearingWindow;
import io.anonpay.credit.clearing.control.Owed;
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
 * What this credit company owes each counterparty in a window, in the shape every party answers
 * {@code GET api/operator/clearing} with (the launcher's {@code ./anonpay reconcile} compares them): purchase keys,
 * amounts, currencies, times and party ids, never a name, a card, a settlement identifier or a purchase id. An open
 * bound goes out as {@code null}. Times are offset date-times in UTC, which JSON-B writes with the fraction as stored
 * ({@code 2026-12-06T12:00:00.123456Z}).
 *
 * @param party the reporting party's id: this company
 */
@JsonbNillable
@JsonbPropertyOrder({"party", "from", "to", "counterparties"})
public record ClearingReport(String party, OffsetDateTime from, OffsetDateTime to,
        List<Counterparty> counterparties) {

    /** Who owes whom on a counterparty's lines. */
    public enum Due {
        /** This party owes the counterparty: all a credit company reports, since it holds the cardholders' money. */
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

    /** What is owed for one purchase, since {@code at}. */
    @JsonbPropertyOrder({"purchaseKey", "amount", "at"})
    public record Line(String purchaseKey, Money amount, OffsetDateTime at) {

        static Line of(Owed owed) {
            return new Line(owed.purchaseKey(), owed.amount(), utc(owed.at()));
        }
    }

    /**
     * Everything owed in the window, per counterparty: counterparties by id, lines by purchase key; a counterparty
     * owed nothing in the window is left out. A mall and a shipping company are told apart by their role even if
     * they had the same id.
     */
    public static ClearingReport of(String party, ClearingWindow window, List<Owed> owed) {
        Map<String, Map<Partner.Role, List<Owed>>> byCounterparty = owed.stream()
                .collect(Collectors.groupingBy(Owed::counterparty, TreeMap::new,
                        Collectors.groupingBy(Owed::role, TreeMap::new, Collectors.toList())));
        List<Counterparty> counterparties = byCounterparty.entrySet().stream()
                .flatMap(id -> id.getValue().entrySet().stream()
                        .map(role -> counterparty(id.getKey(), role.getKey(), role.getValue())))
                .toList();
        return new ClearingReport(party, utc(window.from()), utc(window.to()), counterparties);
    }

    private static Counterparty counterparty(String id, Partner.Role role, List<Owed> owed) {
        List<Line> lines = owed.stream().map(Line::of).sorted(Comparator.comparing(Line::purchaseKey)).toList();
        return new Counterparty(id, role, Due.TO_COUNTERPARTY, totals(lines), lines);
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
