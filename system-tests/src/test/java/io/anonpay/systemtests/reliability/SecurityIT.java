package io.anonpay.systemtests.reliability;

import io.anonpay.common.validation.Luhn;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what: the operator APIs, other buyers' purchases and shipments, statements, password lockout. */
@ExtendWith(RunningSystem.class)
class SecurityIT {

    /** The one problem type of a 401, whichever part of the server refused (FullServerRuntimeIT: on every runtime). */
    private static final String CREDENTIAL_REQUIRED = "https://anonpay.io/problems/operator-credential-required";

    @Test
    void operatorApisRefuseRequestsWithoutTheOperatorCredential(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        long product = api.newProduct("Security", 900);
        var operator = system.operator();
        Map<String, String> credentials = new java.util.LinkedHashMap<>();
        credentials.put("no credential", null);
        credentials.put("the wrong password", Api.basic(operator.user(), operator.password() + "x"));
        credentials.put("another user with the operator's password", Api.basic("admin", operator.password()));
        credentials.put("an empty user and password", Api.basic("", ""));
        credentials.put("a bearer token", "Bearer " + operator.password());
        credentials.put("Basic with garbage", "Basic !!!not-base64!!!");
        credentials.put("Basic without a colon", "Basic " + java.util.Base64.getEncoder().encodeToString(
                operator.password().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String product1 = "{\"name\":\"Intruder\",\"price\":{\"amount\":1,\"currency\":\"EUR\"},\"size\":{\"lengthCm\":1,"
                + "\"widthCm\":1,\"heightCm\":1,\"weightGrams\":1}}";
        String card = "{\"customerName\":\"Intruder\",\"limit\":{\"amount\":100000000,\"currency\":\"EUR\"},"
                + "\"password\":\"intruder password\"}";
        List<String[]> endpoints = List.of(
                new String[]{"MALL", "POST", "api/products", product1},
                new String[]{"MALL", "PUT", "api/products/" + product, product1},
                new String[]{"MALL", "GET", "api/operator/packing-list", null},
                new String[]{"MALL", "GET", "api/operator/dead-letters", null},
                new String[]{"MALL", "DELETE", "api/operator/dead-letters/settlement-results/ID:x-1:1:1:1:1", null},
                new String[]{"MALL", "POST", "api/operator/dead-letters/settlement-results/ID:x-1:1:1:1:1/redelivery",
                        null},
                new String[]{"CREDIT", "POST", "api/cards", card},
                new String[]{"CREDIT", "GET", "api/cards/1", null},
                new String[]{"SHIPPING", "POST", "api/operator/shipments/ANY/status", "{\"status\":\"DELIVERED\"}"});

        String before = databases.fingerprint();
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (var credential : credentials.entrySet()) {
                Reply reply = api.send(Server.valueOf(endpoint[0]), endpoint[1], endpoint[2],
                        endpoint[3] == null ? null : "application/json",
                        endpoint[3] == null ? null : Api.bytes(endpoint[3]), credential.getValue());
                if (reply.status() != 401 || !reply.isCompleteProblem()
                        || !reply.object().getString("type").equals(CREDENTIAL_REQUIRED)) {
                    failures.add(endpoint[0] + " " + endpoint[1] + " " + endpoint[2] + " with " + credential.getKey()
                            + ": expected 401 " + CREDENTIAL_REQUIRED + " but got " + reply);
                }
            }
        }
        System.out.printf("SecurityIT: %d operator requests without the credential%n",
                endpoints.size() * credentials.size());

        assertThat(failures).isEmpty();
        assertThat(databases.fingerprint()).as("nothing changed").isEqualTo(before);
        Api.expect(api.asOperator(Server.MALL, "GET", "api/operator/packing-list", null), 200, "with the credential");
    }

    @Test
    void aBuyerCannotListOrGuessAnotherBuyersPurchaseOrShipment(AnonpaySystem system) {
        Api api = new Api(system);
        String purchase = api.newPurchase(api.newProduct("Security other buyer", 700));

        Reply listing = api.get(Server.MALL, "api/purchases");
        Reply random = api.purchase("v1." + "A".repeat(16) + "." + "B".repeat(400));
        Reply tampered = api.purchase(HostileInputIT.flip(purchase, purchase.length() - 40));
        Reply shipments = api.get(Server.SHIPPING, "api/shipments");
        Reply guessedShipment = api.get(Server.SHIPPING, "api/shipments/" + wellFormedTrackingNumber("481516234200"));
        Reply malformedShipment = api.get(Server.SHIPPING, "api/shipments/AP0000000000");

        assertThat(listing.status()).as("no listing of purchases: %s", listing).isIn(404, 405);
        assertThat(random.status()).as("a random purchase id: %s", random).isEqualTo(404);
        assertThat(tampered.status()).as("a tampered purchase id: %s", tampered).isEqualTo(404);
        assertThat(shipments.status()).as("no listing of shipments: %s", shipments).isIn(404, 405);
        assertThat(guessedShipment.status()).as("a guessed shipping id: %s", guessedShipment).isEqualTo(404);
        assertThat(malformedShipment.status()).as("a malformed shipping id: %s", malformedShipment).isEqualTo(400);
        assertThat(List.of(listing, random, tampered, shipments, guessedShipment, malformedShipment))
                .allMatch(Reply::isCompleteProblem);
        assertThat(api.purchase(purchase).status()).as("its own buyer still reads it").isEqualTo(200);
    }

    /**
     * Whoever holds a tracking number (the buyer, and anyone the buyer gives it to) learns where the parcel is and
     * what it costs, not whose it is: neither the shipping company's tracking answer nor the mall's purchase shows
     * the recipient's name or address.
     */
    @Test
    void aTrackingNumberShowsWhereTheParcelIsButNoNameOrAddress(AnonpaySystem system) {
        Api api = new Api(system);
        String holder = "Tracking Privacy Holder";
        Card card = api.newCard(holder, 10_000);
        Payments payments = new Payments(api);
        Payments.Paid paid = payments.buyAndPay(api.newProduct("Security tracking", 700), 700, card,
                Duration.ofSeconds(60));
        assertThat(payments.awaitMall(List.of(paid), Duration.ofSeconds(60))).as("paid at the mall").isEmpty();
        Reply accepted = api.ship(api.shippingInstructions(paid.purchaseId()), holder);
        assertThat(accepted.status()).as("shipment: %s", accepted).isEqualTo(201);
        String shippingId = accepted.object().getString("shippingId");

        Reply tracking = api.get(Server.SHIPPING, "api/shipments/" + shippingId);
        Reply purchase = api.purchase(paid.purchaseId());

        assertThat(tracking.status()).as("tracking: %s", tracking).isEqualTo(200);
        assertThat(tracking.object().getString("shippingId")).isEqualTo(shippingId);
        for (Reply seen : List.of(tracking, purchase)) {
            for (String secret : List.of(holder, Api.STREET, "10115", "Berlin", card.number())) {
                assertThat(seen.body()).as("what a tracking number or a purchase id shows")
                        .doesNotContainIgnoringCase(secret);
            }
        }
    }

    /** {@code AP}, the twelve digits and their Luhn check digit: a number nobody was given, but well formed. */
    private static String wellFormedTrackingNumber(String twelveDigits) {
        return "AP" + twelveDigits + Luhn.checkDigit(twelveDigits);
    }

    @Test
    void aStatementNeedsTheCardsOwnPassword(AnonpaySystem system) {
        Api api = new Api(system);
        Card card = api.newCard("Statement Holder", 10_000);
        Card other = api.newCard("Statement Other", 10_000);

        Reply wrong = api.statement(new Card(card.id(), card.number(), card.password() + "x", 0));
        Reply othersPassword = api.statement(new Card(card.id(), card.number(), other.password(), 0));
        Reply noPassword = api.post(Server.CREDIT, "api/statements",
                jakarta.json.Json.createObjectBuilder().add("cardNumber", card.number()).build());

        assertThat(wrong.status()).as("%s", wrong).isEqualTo(403);
        assertThat(othersPassword.status()).as("%s", othersPassword).isEqualTo(403);
        assertThat(noPassword.status()).as("%s", noPassword).isEqualTo(400);
        assertThat(List.of(wrong, othersPassword, noPassword)).allMatch(Reply::isCompleteProblem);
        assertThat(wrong.body()).doesNotContain(card.number()).doesNotContain("Statement Holder");
        assertThat(api.available(card)).isEqualTo(10_000);
    }

    @Test
    void fiveWrongPasswordsLockTheCardForStatementsAndPayments(AnonpaySystem system) {
        Api api = new Api(system);
        Card card = api.newCard("Lockout Holder", 10_000);
        Card guessing = new Card(card.id(), card.number(), "not the password", 0);
        String instructions = api.paymentInstructions(api.newPurchase(api.newProduct("Lockout", 500)));

        List<Integer> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            answers.add(api.statement(guessing).status());
        }
        JsonObject fifth = Api.expect(api.pay(instructions, guessing), 200, "the fifth wrong password").object();
        Reply statement = api.statement(card);
        JsonObject payment = Api.expect(api.pay(instructions, card), 200, "the right password after the lock").object();

        assertThat(answers).containsOnly(403);
        assertThat(fifth.getString("outcome")).isEqualTo("DECLINED");
        assertThat(fifth.getBoolean("finalOutcome")).as("a wrong password leaves the purchase payable").isFalse();
        assertThat(statement.status()).as("the right password once locked: %s", statement).isEqualTo(423);
        assertThat(statement.isCompleteProblem()).as("%s", statement).isTrue();
        assertThat(statement.object().getString("detail")).contains("locked");
        assertThat(payment.getString("outcome")).isEqualTo("DECLINED");
        assertThat(payment.getString("declineReason")).isEqualTo("CARD_LOCKED");
        assertThat(payment.getBoolean("passwordMatched")).isFalse();
        assertThat(payment.getString("passwordCheck")).as("a locked card compares no password").isEqualTo("NOT_CHECKED");
        assertThat(fifth.getString("passwordCheck")).isEqualTo("NOT_MATCHED");
        assertThat(new Databases(system).books(card.id()).available()).as("nothing charged or held").isEqualTo(10_000);
        assertThat(new Databases(system).approved(card.id())[0]).isZero();
    }
}
