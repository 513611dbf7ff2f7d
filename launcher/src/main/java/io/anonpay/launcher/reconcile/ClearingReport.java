package io.anonpay.launcher.reconcile;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One party's clearing report, as its operator API answers {@code GET api/operator/clearing}: for each counterparty,
 * one line per purchase key of what is due between them. Nothing in it names a buyer, a card, an address or a product.
 *
 * @param party the reporting party's id
 */
public record ClearingReport(String party, List<Counterparty> counterparties) {

    /**
     * @param id   the counterparty's party id
     * @param role {@code MALL}, {@code CREDIT} or {@code SHIPPING}
     */
    public record Counterparty(String id, String role, List<Line> lines) {
    }

    /** What is due for one purchase, in minor units of {@code currency}, as of {@code at}. */
    public record Line(String purchaseKey, long amount, String currency, Instant at) {
    }

    /** The lines this party reports with {@code counterparty}; none when it reports nothing with it. */
    List<Line> linesWith(String counterparty) {
        return counterparties.stream().filter(c -> c.id().equals(counterparty)).findFirst()
                .map(Counterparty::lines).orElse(List.of());
    }

    Optional<Counterparty> counterparty(String id) {
        return counterparties.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static ClearingReport parse(JsonObject json) {
        List<Counterparty> counterparties = json.getJsonArray("counterparties").getValuesAs(JsonObject.class).stream()
                .map(c -> new Counterparty(c.getString("counterparty"), c.getString("role"),
                        c.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(ClearingReport::line)
                                .toList()))
                .toList();
        return new ClearingReport(json.getString("party"), counterparties);
    }

    private static Line line(JsonObject line) {
        JsonObject amount = line.getJsonObject("amount");
        JsonValue at = line.get("at");
        return new Line(line.getString("purchaseKey"), amount.getJsonNumber("amount").longValueExact(),
                amount.getString("currency"), at == null || at == JsonValue.NULL ? null
                : Instant.parse(line.getString("at")));
    }
}
