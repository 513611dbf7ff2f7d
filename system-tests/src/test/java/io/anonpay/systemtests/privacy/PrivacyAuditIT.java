package io.anonpay.systemtests.privacy;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.Buyer;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.SystemHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's promise, checked after real purchases by different buyers: the mall holds nothing about who
 * bought, the credit company nothing about what was bought or where it goes, the shipping company nothing about
 * what is inside and no buyer name in clear — in any table, log or message, captures and refunds included — and
 * equal purchases cannot be linked.
 */
@ExtendWith(RunningSystem.class)
class PrivacyAuditIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Person(String name, String cardNumber, String password, String street, String postalCode, String city) {
    }

    @Test
    void noPartyLearnsWhatItMustNot(AnonpaySystem system) {
        audit(system);
    }

    /**
     * Four purchases by three buyers, captured, one refunded with a reason naming the product; then every party's
     * database, log, messages and metrics searched for what it must not hold. Also run on a system with {@code --tls}.
     * Returns the buyers, whose cards and passwords the caller may look for elsewhere.
     */
    static List<Person> audit(AnonpaySystem system) {
        String lamp = "Audit Lamp " + letters(8);
        String vase = "Audit Vase " + letters(8);
        addProduct(system, lamp, 1_000);
        addProduct(system, vase, 1_500);
        List<Person> buyers = Stream.generate(() -> person(system)).limit(3).toList();

        Map<String, String> bought = Map.of(
                buy(system, buyers.get(0), lamp), "first",
                buy(system, buyers.get(1), lamp), "second",
                buy(system, buyers.get(2), vase), "third",
                buy(system, buyers.get(0), vase), "fourth");

        // After the shipments the mall captures each payment, and its operator refunds one with a reason that
        // names the product: the capture and refund requests it sends the credit company must name neither.
        bought.keySet().forEach(id -> assertThat(SystemHttp.paymentState(SystemHttp.awaitPaymentState(system, id,
                "CAPTURED"))).as("the capture of the %s purchase", bought.get(id)).isEqualTo("CAPTURED"));
        String refunded = bought.keySet().iterator().next();
        String reason = "Audit reason " + letters(10) + ": the " + lamp + " came back chipped";
        SystemHttp.asOperator(system, Server.MALL, "api/operator/purchases/" + refunded + "/refunds",
                Json.createObjectBuilder().add("amount", Json.createObjectBuilder().add("amount", 100)
                        .add("currency", "EUR")).add("reason", reason).build(), 202);
        assertThat(SystemHttp.paymentState(SystemHttp.awaitPaymentState(system, refunded, "PARTIALLY_REFUNDED")))
                .isEqualTo("PARTIALLY_REFUNDED");

        PartyEvidence mall = PartyEvidence.of(system, Server.MALL);
        PartyEvidence credit = PartyEvidence.of(system, Server.CREDIT);
        PartyEvidence shipping = PartyEvidence.of(system, Server.SHIPPING);

        // The audit sees real data: each party holds what it should, so a leak would be found the same way.
        assertThat(mall.database()).contains(lamp).contains(vase);
        buyers.forEach(b -> assertThat(PartyEvidence.contains(credit.database(), b.name())).isTrue());
        assertThat(credit.sentMessages()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(shipping.sentMessages()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(mall.sentMessages()).as("four captures and a refund").hasSizeGreaterThanOrEqualTo(5);
        assertThat(mall.database()).as("the mall keeps its refund's reason").contains(reason);
        bought.keySet().forEach(id -> assertThat(shipping.database()).contains(id.substring(0, 40)));
        assertThat(mall.metrics()).as("the mall's figures moved").contains("anonpay_purchases{status=\"paid\"}")
                .contains("anonpay_messages_applied_total{queue=\"anonpay.mall.settlement-results\"}")
                .contains("anonpay_delivery_lag_seconds_count{queue=\"anonpay.mall.shipping-receipts\"}");
        assertThat(credit.metrics()).as("the credit company's figures moved")
                .contains("anonpay_settlements_total{outcome=\"approved\",reason=\"none\"}")
                .contains("anonpay_password_checks_total{result=\"matched\"}");
        assertThat(shipping.metrics()).as("the shipping company's figures moved")
                .contains("anonpay_shipments{status=\"accepted\"}").contains("anonpay_outbox_sent_total");

        List<String> leaks = new ArrayList<>();
        for (Person b : buyers) {
            for (String secret : List.of(b.name(), b.cardNumber(), b.cardNumber().substring(0, 12), b.password(),
                    b.street(), b.postalCode(), b.city())) {
                leaks.addAll(mall.found(secret, "buyer data"));
            }
            for (String secret : List.of(b.street(), b.postalCode(), b.city())) {
                leaks.addAll(credit.found(secret, "an address"));
            }
            for (String secret : List.of(b.name(), b.cardNumber(), b.cardNumber().substring(0, 12), b.password())) {
                leaks.addAll(shipping.found(secret, "the buyer's name or card"));
            }
            for (String secret : List.of(b.password(), b.cardNumber())) {
                leaks.addAll(credit.found(secret, "a card number or password in clear"));
            }
        }
        for (String product : List.of(lamp, vase)) {
            leaks.addAll(credit.found(product, "a product name"));
            leaks.addAll(shipping.found(product, "a product name"));
            leaks.addAll(mall.foundInMessages(product, "a product name"));
        }
        // the clearing reports each operator reads: purchase keys and amounts, nothing about a buyer or a product
        for (Server server : Server.values()) {
            String report = SystemHttp.asOperator(system, server, "api/operator/clearing");
            for (Person b : buyers) {
                for (String secret : List.of(b.name(), b.cardNumber(), b.street(), b.city())) {
                    if (PartyEvidence.contains(report, secret)) {
                        leaks.add(server.id() + "'s clearing report holds buyer data: " + secret);
                    }
                }
            }
            for (String product : List.of(lamp, vase)) {
                if (PartyEvidence.contains(report, product)) {
                    leaks.add(server.id() + "'s clearing report holds a product name: " + product);
                }
            }
            bought.keySet().forEach(id -> {
                if (report.contains(id.substring(0, 40))) {
                    leaks.add(server.id() + "'s clearing report holds a purchase id, not only its key");
                }
            });
        }
        // the figures each operator scrapes: small fixed vocabularies, never a product or an identifier
        for (PartyEvidence party : List.of(mall, credit, shipping)) {
            for (String product : List.of(lamp, vase)) {
                leaks.addAll(party.foundInMetrics(product, "a product name"));
            }
            for (String id : bought.keySet()) {
                JsonObject purchase = SystemHttp.purchase(system, id);
                leaks.addAll(party.foundInMetrics(id.substring(0, 40), "a purchase id"));
                leaks.addAll(party.foundInMetrics(purchase.getString("settlementId"), "a settlement id"));
                leaks.addAll(party.foundInMetrics(purchase.getString("shippingId"), "a shipping id"));
            }
            for (Person b : buyers) {
                for (String secret : List.of(b.name(), b.cardNumber().substring(0, 12), b.street(), b.city())) {
                    leaks.addAll(party.foundInMetrics(secret, "buyer data"));
                }
            }
        }
        String reasonMarker = reason.substring(0, reason.indexOf(':'));
        leaks.addAll(credit.found(reasonMarker, "the mall's refund reason"));
        leaks.addAll(shipping.found(reasonMarker, "the mall's refund reason"));
        leaks.addAll(mall.foundInMessages(reasonMarker, "the refund reason"));
        assertThat(leaks).as("what a party holds but must not").isEmpty();
        return buyers;
    }

    @Test
    void equalPurchasesAndEqualBuyersCannotBeLinked(AnonpaySystem system) {
        String cup = "Audit Cup " + letters(8);
        addProduct(system, cup, 500);
        Person buyer = person(system);

        String first = buy(system, buyer, cup);
        String second = buy(system, buyer, cup);

        assertThat(first).isNotEqualTo(second).hasSameSizeAs(second);
        JsonObject one = SystemHttp.purchase(system, first);
        JsonObject other = SystemHttp.purchase(system, second);
        assertThat(one.getString("settlementId")).isNotEqualTo(other.getString("settlementId"));
        String shipments = PartyEvidence.of(system, Server.SHIPPING).database();
        List<String> sealedNames = shipments.lines().filter(line -> line.startsWith("shipment "))
                .map(line -> line.replaceAll(".*(v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+).*", "$1")).toList();
        assertThat(new HashSet<>(sealedNames)).as("every sealed name differs").hasSize(sealedNames.size());
    }

    static String buy(AnonpaySystem system, Person person, String product) {
        Buyer.Run run = new Buyer(system, person.cardNumber(), person.password())
                .buy(product, person.name(), person.street(), person.postalCode(), person.city());
        assertThat(run.exit()).as(run.toString()).isZero();
        return run.json().getJsonObject("purchase").getString("purchaseId");
    }

    static Person person(AnonpaySystem system) {
        String name = "Auditbuyer " + letters(10);
        String password = "pw-" + letters(14);
        JsonObject card = SystemHttp.asOperator(system, Server.CREDIT, "api/cards", Json.createObjectBuilder()
                .add("customerName", name)
                .add("limit", Json.createObjectBuilder().add("amount", 1_000_000).add("currency", "EUR"))
                .add("password", password).build(), 201);
        return new Person(name, card.getString("cardNumber"), password, letters(9) + " Auditweg",
                "Q" + (100_000 + RANDOM.nextInt(900_000)), "Auditstadt" + letters(6));
    }

    static void addProduct(AnonpaySystem system, String name, long price) {
        SystemHttp.asOperator(system, Server.MALL, "api/products", Json.createObjectBuilder().add("name", name)
                .add("price", Json.createObjectBuilder().add("amount", price).add("currency", "EUR"))
                .add("size", Json.createObjectBuilder().add("lengthCm", 20).add("widthCm", 20).add("heightCm", 30)
                        .add("weightGrams", 900)).build(), 201);
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }
}
