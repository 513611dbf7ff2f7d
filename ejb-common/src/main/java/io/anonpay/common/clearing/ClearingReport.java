package io.anonpay.common.clearing;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What is due between a party and each of its counterparties in a window, as every party answers
 * {@code GET api/operator/clearing} (the launcher's {@code ./anonpay reconcile} compares them): purchase keys,
 * amounts, currencies, times and party ids, never a name, a card, an address, a product, a purchase id, a sealed
 * identifier or a tracking number. An open bound, and the time of a line its party never dated, go out as
 * {@code null}. Times are offset date-times in UTC, which JSON-B writes with the fraction as stored
 * ({@code 2026-12-06T12:00:00.123456Z}).
 *
 * @param party the reporting party's id
 */
@JsonbNillable
@JsonbPropertyOrder({"party", "from", "to", "counterparties"})
public record ClearingReport(String party, OffsetDateTime from, OffsetDateTime to,
        List<Counterparty> counterparties) {

    /** Who owes whom on a counterparty's lines. */
    public enum Due {
        /** This party owes the counterparty (a credit company owes its malls and its shipping companies). */
        TO_COUNTERPARTY,
        /** The counterparty owes this party (a mall and a shipping company are owed by credit companies). */
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
    @JsonbNillable
    @JsonbPropertyOrder({"purchaseKey", "amount", "at"})
    public record Line(String purchaseKey, Money amount, OffsetDateTime at) {

        static Line of(AmountDue due) {
            return new Line(due.purchaseKey(), due.amount(), utc(due.at()));
        }
    }

    /**
     * Everything due in the window, per counterparty: counterparties by id (and role, so that a mall and a shipping
     * company never merge even under one id), lines by purchase key; a counterparty with nothing due in the window
     * is left out.
     *
     * @param dues what the party's database holds for the window, one per counterparty and purchase key
     */
    public static ClearingReport of(String party, ClearingWindow window, List<AmountDue> dues) {
        Map<String, Map<Partner.Role, List<AmountDue>>> byCounterparty = dues.stream()
                .collect(Collectors.groupingBy(AmountDue::counterparty, TreeMap::new,
                        Collectors.groupingBy(AmountDue::role, TreeMap::new, Collectors.toList())));
        List<Counterparty> counterparties = byCounterparty.entrySet().stream()
                .flatMap(id -> id.getValue().entrySet().stream()
                        .map(role -> counterparty(id.getKey(), role.getKey(), role.getValue())))
                .toList();
        return new ClearingReport(party, utc(window.from()), utc(window.to()), counterparties);
    }

    private static Counterparty counterparty(String id, Partner.Role role, List<AmountDue> dues) {
        Due due = dues.get(0).due();
        if (dues.stream().anyMatch(d -> d.due() != due)) {
            throw new IllegalArgumentException("amounts due both ways with " + id + ": one direction per counterparty");
        }
        List<Line> lines = dues.stream().map(Line::of).sorted(Comparator.comparing(Line::purchaseKey)).toList();
        return new Counterparty(id, role, Objects.requireNonNull(due), totals(lines), lines);
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
