package io.anonpay.mall.clearing.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.mall.clearing.control.CapturedGoods;
import io.anonpay.mall.clearing.control.ClearingWindow;
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
 * What each credit company owes the mall in a window, in the shape every party answers
 * {@code GET api/operator/clearing} with (the launcher's {@code ./anonpay reconcile} compares them): purchase keys,
 * amounts, currencies, times and party ids, never a product, a purchase id, a settlement id or a tracking number. An
 * open bound goes out as {@code null}, and so does the time of a line the mall never dated. Times are offset
 * date-times in UTC, which JSON-B writes with the fraction as stored ({@code 2026-12-06T12:00:00.123456Z}).
 *
 * @param party the reporting party's id: the mall
 */
@JsonbNillable
@JsonbPropertyOrder({"party", "from", "to", "counterparties"})
public record ClearingReport(String party, OffsetDateTime from, OffsetDateTime to,
        List<Counterparty> counterparties) {

    /** Who owes whom on a counterparty's lines. */
    public enum Due {
        /** This party owes the counterparty. */
        TO_COUNTERPARTY,
        /** The counterparty owes this party: all the mall reports, since the credit companies hold the money. */
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
    @JsonbNillable
    @JsonbPropertyOrder({"purchaseKey", "amount", "at"})
    public record Line(String purchaseKey, Money amount, OffsetDateTime at) {

        static Line of(CapturedGoods goods) {
            return new Line(goods.purchaseKey(), goods.amount(), utc(goods.at()));
        }
    }

    /**
     * Everything owed in the window, per credit company: counterparties by id, lines by purchase key; a company
     * that owes nothing in the window is left out.
     */
    public static ClearingReport of(String party, ClearingWindow window, List<CapturedGoods> captured) {
        Map<String, List<CapturedGoods>> byCreditCompany = captured.stream()
                .collect(Collectors.groupingBy(CapturedGoods::creditCompany, TreeMap::new, Collectors.toList()));
        List<Counterparty> counterparties = byCreditCompany.entrySet().stream()
                .map(company -> creditCompany(company.getKey(), company.getValue())).toList();
        return new ClearingReport(party, utc(window.from()), utc(window.to()), counterparties);
    }

    private static Counterparty creditCompany(String id, List<CapturedGoods> captured) {
        List<Line> lines = captured.stream().map(Line::of).sorted(Comparator.comparing(Line::purchaseKey)).toList();
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
