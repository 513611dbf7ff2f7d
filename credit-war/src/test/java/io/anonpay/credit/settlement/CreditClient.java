package io.anonpay.credit.settlement;

import io.anonpay.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the credit company over HTTP as the operator and as buyers. */
final class CreditClient {

    /** A card as issued: its id, its full number (known only to the test) and its password. */
    record TestCard(long id, String number, String password, String customerName) {
    }

    private final Http http;

    CreditClient(URL base) {
        this.http = Http.at(java.net.URI.create(base.toString()));
    }

    Http http() {
        return http;
    }

    TestCard issue(long amount, String currency) {
        String name = "Customer " + UUID.randomUUID();
        String password = "pw-" + UUID.randomUUID();
        String body = Json.createObjectBuilder()
                .add("customerName", name)
                .add("limit", Json.createObjectBuilder().add("amount", amount).add("currency", currency))
                .add("password", password).build().toString();
        Http.Reply issued = http.asOperator().post("api/cards", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject card = issued.json().asJsonObject();
        return new TestCard(card.getJsonNumber("id").longValue(), card.getString("cardNumber"), password, name);
    }

    /** Pays; a 429 (too many password checks at once) is retried, as the payment page would. */
    Http.Reply pay(String instructions, String cardNumber, String password) {
        String body = Json.createObjectBuilder().add("instructions", instructions).add("cardNumber", cardNumber)
                .add("password", password).build().toString();
        return retryingBusy(() -> http.post("api/settlements", body));
    }

    /** Opens a payment session (one password check); a 429 is retried. */
    Http.Reply openSession(String cardNumber, String password) {
        String body = Json.createObjectBuilder().add("cardNumber", cardNumber).add("password", password)
                .build().toString();
        return retryingBusy(() -> http.post("api/payment-sessions", body));
    }

    /** The token of a freshly opened session, which must open. */
    String sessionToken(TestCard card) {
        Http.Reply opened = openSession(card.number(), card.password());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().asJsonObject().getString("sessionToken");
    }

    /** Pays within a payment session: no card number, no password. */
    Http.Reply payInSession(String instructions, String sessionToken) {
        String body = Json.createObjectBuilder().add("instructions", instructions).add("sessionToken", sessionToken)
                .build().toString();
        return http.post("api/settlements", body);
    }

    Http.Reply statement(String cardNumber, String password) {
        String body = Json.createObjectBuilder().add("cardNumber", cardNumber).add("password", password)
                .build().toString();
        return retryingBusy(() -> http.post("api/statements", body));
    }

    long balance(TestCard card) {
        return cardView(card).getJsonObject("balance").getJsonNumber("amount").longValue();
    }

    /** The sum of the holds on the card. */
    long held(TestCard card) {
        return cardView(card).getJsonObject("held").getJsonNumber("amount").longValue();
    }

    /** What a payment may still hold: balance minus holds. */
    long available(TestCard card) {
        JsonObject view = cardView(card);
        return view.getJsonObject("balance").getJsonNumber("amount").longValue()
                - view.getJsonObject("held").getJsonNumber("amount").longValue();
    }

    private JsonObject cardView(TestCard card) {
        Http.Reply view = http.asOperator().get("api/cards/" + card.id());
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json().asJsonObject();
    }

    private static Http.Reply retryingBusy(java.util.function.Supplier<Http.Reply> call) {
        for (int attempt = 0; ; attempt++) {
            Http.Reply reply = call.get();
            if (reply.status() != 429 || attempt >= 200) {
                return reply;
            }
            try {
                Thread.sleep(100 + (long) (Math.random() * 400));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply;
            }
        }
    }
}
