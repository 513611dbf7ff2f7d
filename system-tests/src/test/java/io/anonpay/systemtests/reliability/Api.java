package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.testhttp.JsonHttp;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The servers' HTTP APIs as a buyer, an operator or an attacker uses them, through the shared test client: every
 * call answers a {@link Reply}, never throws for a status code, so that tests decide what is right. A server that
 * cannot be reached (connection refused, reset) answers status -1.
 */
final class Api {

    static final String CREDIT_COMPANY = "credit";
    static final String SHIPPING_COMPANY = "shipping";

    /** HTTP/1.1, as browsers and curl speak to these servers (see docs/reliability.md on h2c). */
    private static final JsonHttp HTTP = JsonHttp.client(HttpClient.Version.HTTP_1_1);
    /** The same over HTTPS, per {@code --tls} system: trusting its authority alone. */
    private static final Map<AnonpaySystem, JsonHttp> ENCRYPTED = new ConcurrentHashMap<>();

    private final AnonpaySystem system;
    private final JsonHttp http;

    Api(AnonpaySystem system) {
        this.system = system;
        this.http = system.transport().encrypted() ? ENCRYPTED.computeIfAbsent(system,
                encrypted -> JsonHttp.using(encrypted.transport().httpClient().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build())) : HTTP;
    }

    Reply send(Server server, String method, String path, String contentType, byte[] body, String authorization) {
        return send(system.baseUrl(server), method, path, contentType, body, authorization);
    }

    /** As {@link #send(Server, String, String, String, byte[], String)}, to an instance by its base URL. */
    Reply send(String baseUrl, String method, String path, String contentType, byte[] body, String authorization) {
        try {
            return http.on(URI.create(baseUrl)).withAuthorization(authorization).send(method, path, contentType, body);
        } catch (UncheckedIOException unreachable) {
            return new Reply(-1, "", unreachable.getCause().toString(), null);
        }
    }

    Reply get(Server server, String path) {
        return send(server, "GET", path, null, null, null);
    }

    Reply post(Server server, String path, JsonObject body) {
        return post(system.baseUrl(server), path, body);
    }

    /** As {@link #post(Server, String, JsonObject)}, to an instance by its base URL. */
    Reply post(String baseUrl, String path, JsonObject body) {
        return send(baseUrl, "POST", path, "application/json", bytes(body.toString()), null);
    }

    /** The first instance of a server, the one its partners know: the base URL the other methods use. */
    String baseUrl(Server server) {
        return system.baseUrl(server);
    }

    Reply asOperator(Server server, String method, String path, JsonObject body) {
        return send(server, method, path, body == null ? null : "application/json",
                body == null ? null : bytes(body.toString()), operatorAuthorization());
    }

    String operatorAuthorization() {
        var operator = system.operator();
        return basic(operator.user(), operator.password());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- the operator's setup -------------------------------------------------------------------------------

    /** A product of its own for a test, so that its price is known and nobody else's catalog matters. */
    long newProduct(String namePrefix, long priceCents) {
        JsonObject product = Json.createObjectBuilder()
                .add("name", namePrefix + " " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "for the reliability suite")
                .add("price", money(priceCents, "EUR"))
                .add("size", Json.createObjectBuilder().add("lengthCm", 10).add("widthCm", 10).add("heightCm", 10)
                        .add("weightGrams", 500))
                .build();
        return expect(asOperator(Server.MALL, "POST", "api/products", product), 201, "adding a product")
                .object().getJsonNumber("id").longValue();
    }

    /** A card issued through the operator API, with a fresh cardholder. */
    Card newCard(String customerName, long limitCents) {
        String password = "pw-" + UUID.randomUUID();
        JsonObject issued = expect(asOperator(Server.CREDIT, "POST", "api/cards", Json.createObjectBuilder()
                .add("customerName", customerName).add("limit", money(limitCents, "EUR"))
                .add("password", password).build()), 201, "issuing a card").object();
        return new Card(issued.getJsonNumber("id").longValue(), issued.getString("cardNumber"), password, limitCents);
    }

    record Card(long id, String number, String password, long limit) {
        @Override
        public String toString() {
            return "Card[" + id + "]";
        }
    }

    static JsonObject money(long amount, String currency) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", currency).build();
    }

    // --- the buyer's steps ------------------------------------------------------------------------------------

    Reply createPurchase(long productId, int quantity) {
        return createPurchaseAt(baseUrl(Server.MALL), productId, quantity);
    }

    /** As {@link #createPurchase(long, int)}, at one instance of the mall, given its base URL. */
    Reply createPurchaseAt(String mallBaseUrl, long productId, int quantity) {
        return post(mallBaseUrl, "api/purchases", Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", productId).add("quantity", quantity))).build());
    }

    String newPurchase(long productId) {
        return newPurchaseAt(baseUrl(Server.MALL), productId);
    }

    String newPurchaseAt(String mallBaseUrl, long productId) {
        return expect(createPurchaseAt(mallBaseUrl, productId, 1), 201, "creating a purchase at " + mallBaseUrl)
                .object().getString("purchaseId");
    }

    /** Payment instructions designate the shipping company too (claim 6): {@link #SHIPPING_COMPANY}. */
    Reply instructions(String purchaseId, String kind, String company) {
        return instructionsAt(baseUrl(Server.MALL), purchaseId, kind, company);
    }

    /** As {@link #instructions(String, String, String)}, from one instance of the mall, given its base URL. */
    Reply instructionsAt(String mallBaseUrl, String purchaseId, String kind, String company) {
        var body = Json.createObjectBuilder().add("company", company);
        if (kind.equals("payment")) {
            body.add("shippingCompany", SHIPPING_COMPANY);
        }
        return post(mallBaseUrl, "api/purchases/" + purchaseId + "/" + kind + "-instructions", body.build());
    }

    String paymentInstructions(String purchaseId) {
        return paymentInstructionsAt(baseUrl(Server.MALL), purchaseId);
    }

    String paymentInstructionsAt(String mallBaseUrl, String purchaseId) {
        return expect(instructionsAt(mallBaseUrl, purchaseId, "payment", CREDIT_COMPANY), 200,
                "payment instructions from " + mallBaseUrl).object().getString("instructions");
    }

    /** The shipping fee the mall fixed on the purchase when its shipping company was designated, in minor units. */
    long fee(String purchaseId) {
        return purchase(purchaseId).object().getJsonObject("shippingFee").getJsonNumber("amount").longValueExact();
    }

    String shippingInstructions(String purchaseId) {
        return shippingInstructionsAt(baseUrl(Server.MALL), purchaseId);
    }

    String shippingInstructionsAt(String mallBaseUrl, String purchaseId) {
        return expect(instructionsAt(mallBaseUrl, purchaseId, "shipping", SHIPPING_COMPANY), 200,
                "shipping instructions from " + mallBaseUrl).object().getString("instructions");
    }

    Reply pay(String instructions, Card card) {
        return pay(system.baseUrl(Server.CREDIT), instructions, card);
    }

    /** Pays at one instance of the credit company, given its base URL (e.g. a second instance). */
    Reply pay(String creditBaseUrl, String instructions, Card card) {
        return send(creditBaseUrl, "POST", "api/settlements", "application/json", bytes(Json.createObjectBuilder()
                .add("instructions", instructions).add("cardNumber", card.number()).add("password", card.password())
                .build().toString()), null);
    }

    /**
     * Pays as a patient client does: when the credit company is busy (429, its password checks are bounded) or
     * briefly unreachable, tries the same instructions again, for at most {@code patience}.
     */
    Reply payPatiently(String instructions, Card card, Duration patience) {
        return payPatiently(system.baseUrl(Server.CREDIT), instructions, card, patience);
    }

    /** As {@link #payPatiently(String, Card, Duration)}, at one instance of the credit company. */
    Reply payPatiently(String creditBaseUrl, String instructions, Card card, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Reply reply = pay(creditBaseUrl, instructions, card);
        while (worthRetrying(reply) && Instant.now().isBefore(deadline)) {
            pause(reply.status() == 429 ? 300 : 1000);
            reply = pay(creditBaseUrl, instructions, card);
        }
        return reply;
    }

    /**
     * Busy (429), unreachable (a crash), or not there yet (a restarting Payara answers 404 or 503 without a problem
     * body until its application is deployed): the same request may succeed later.
     */
    static boolean worthRetrying(Reply reply) {
        return reply.status() == 429 || reply.status() == -1 || reply.status() == 502 || reply.status() == 503
                || (reply.status() == 404 && !reply.isCompleteProblem());
    }

    /** Ships as a patient client does (see {@link #payPatiently}). */
    Reply shipPatiently(String instructions, String name, Duration patience) {
        return shipPatientlyAt(baseUrl(Server.SHIPPING), instructions, name, patience);
    }

    /** As {@link #shipPatiently(String, String, Duration)}, at one instance of the shipping company. */
    Reply shipPatientlyAt(String shippingBaseUrl, String instructions, String name, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Reply reply = shipAt(shippingBaseUrl, instructions, name);
        while (worthRetrying(reply) && Instant.now().isBefore(deadline)) {
            pause(1000);
            reply = shipAt(shippingBaseUrl, instructions, name);
        }
        return reply;
    }

    Reply ship(String instructions, String name) {
        return shipAt(baseUrl(Server.SHIPPING), instructions, name);
    }

    Reply shipAt(String shippingBaseUrl, String instructions, String name) {
        return post(shippingBaseUrl, "api/shipments", Json.createObjectBuilder().add("instructions", instructions)
                .add("recipient", recipient(name)).build());
    }

    /** The street every recipient of this suite lives in: the credit company and the mall must never see it. */
    static final String STREET = "1 Reliability Road";

    static JsonObject recipient(String name) {
        return Json.createObjectBuilder().add("name", name).add("street", STREET)
                .add("postalCode", "10115").add("city", "Berlin").add("country", "DE").build();
    }

    /**
     * Waits until a (re)started server's application answers: its readiness can be UP a moment before the web
     * module serves requests.
     */
    void awaitServing(Server server, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Reply reply = get(server, "api/keys");
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            pause(500);
            reply = get(server, "api/keys");
        }
        expect(reply, 200, server.id() + " serving its API after a restart");
    }

    /** As {@link #awaitServing(Server, Duration)}, for one instance given its base URL. */
    void awaitServingAt(String baseUrl, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Reply reply = send(baseUrl, "GET", "api/keys", null, null, null);
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            pause(500);
            reply = send(baseUrl, "GET", "api/keys", null, null, null);
        }
        expect(reply, 200, baseUrl + " serving its API");
    }

    Reply purchase(String purchaseId) {
        return purchaseAt(baseUrl(Server.MALL), purchaseId);
    }

    Reply purchaseAt(String mallBaseUrl, String purchaseId) {
        return send(mallBaseUrl, "GET", "api/purchases/" + purchaseId, null, null, null);
    }

    String status(String purchaseId) {
        return statusAt(baseUrl(Server.MALL), purchaseId);
    }

    String statusAt(String mallBaseUrl, String purchaseId) {
        return expect(purchaseAt(mallBaseUrl, purchaseId), 200, "reading a purchase at " + mallBaseUrl).object()
                .getString("status");
    }

    /** Polls the mall until the purchase's status matches (or {@code patience} passed); returns the last status. */
    String awaitStatus(String purchaseId, Predicate<String> wanted, Duration patience) {
        return awaitStatusAt(baseUrl(Server.MALL), purchaseId, wanted, patience);
    }

    /** As {@link #awaitStatus(String, Predicate, Duration)}, reading at one instance of the mall. */
    String awaitStatusAt(String mallBaseUrl, String purchaseId, Predicate<String> wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String status = statusAt(mallBaseUrl, purchaseId);
        while (!wanted.test(status) && Instant.now().isBefore(deadline)) {
            pause(300);
            status = statusAt(mallBaseUrl, purchaseId);
        }
        return status;
    }

    /** The purchase's payment state as the mall mirrors it from the credit company ("NONE" before approval). */
    String paymentState(String purchaseId) {
        return paymentStateAt(baseUrl(Server.MALL), purchaseId);
    }

    String paymentStateAt(String mallBaseUrl, String purchaseId) {
        JsonObject purchase = expect(purchaseAt(mallBaseUrl, purchaseId), 200, "reading a purchase at "
                + mallBaseUrl).object();
        return purchase.get("payment") instanceof JsonObject payment ? payment.getString("state") : "NONE";
    }

    /** Polls the mall until the purchase's payment state is {@code wanted} (or {@code patience} passed). */
    String awaitPaymentState(String purchaseId, String wanted, Duration patience) {
        return awaitPaymentStateAt(baseUrl(Server.MALL), purchaseId, wanted, patience);
    }

    /** As {@link #awaitPaymentState(String, String, Duration)}, reading at one instance of the mall. */
    String awaitPaymentStateAt(String mallBaseUrl, String purchaseId, String wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String state = paymentStateAt(mallBaseUrl, purchaseId);
        while (!wanted.equals(state) && Instant.now().isBefore(deadline)) {
            pause(300);
            state = paymentStateAt(mallBaseUrl, purchaseId);
        }
        return state;
    }

    /** The buyer cancels: the purchase id is the only credential. */
    Reply cancel(String purchaseId) {
        return send(Server.MALL, "POST", "api/purchases/" + purchaseId + "/cancellation", null, null, null);
    }

    /** The mall's operator refunds part or all of what was captured. */
    Reply refund(String purchaseId, long amount, String currency, String reason) {
        return asOperator(Server.MALL, "POST", "api/operator/purchases/" + purchaseId + "/refunds",
                Json.createObjectBuilder().add("amount", money(amount, currency)).add("reason", reason).build());
    }

    Reply statement(Card card) {
        return post(Server.CREDIT, "api/statements", Json.createObjectBuilder().add("cardNumber", card.number())
                .add("password", card.password()).build());
    }

    /** What the card can still spend (balance − holds), as its holder reads it on the statement. */
    long available(Card card) {
        return statementAmount(card, "available");
    }

    /** The card's balance (credit issued − captured + refunded), as its holder reads it on the statement. */
    long balance(Card card) {
        return statementAmount(card, "balance");
    }

    private long statementAmount(Card card, String field) {
        Reply reply = statement(card);
        while (reply.status() == 429) {
            pause(300);
            reply = statement(card);
        }
        return expect(reply, 200, "reading a statement").object().getJsonObject(field)
                .getJsonNumber("amount").longValue();
    }

    static Reply expect(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": expected " + status + " but got " + reply);
        }
        return reply;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
