package io.anonpay.systemtests;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DemoCardholder;
import io.anonpay.launcher.Server;
import io.anonpay.testhttp.JsonHttp;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the system tests ask the servers to check what they say, the way any outside tool would, through the shared
 * test HTTP client; an answer other than the one expected fails the test.
 */
public final class SystemHttp {

    private static final JsonHttp HTTP = JsonHttp.client(HttpClient.Version.HTTP_2);
    /** For a system run with {@code --tls}: a client that trusts that run's authority alone. */
    private static final Map<AnonpaySystem, JsonHttp> ENCRYPTED = new ConcurrentHashMap<>();
    private static final Pattern PURCHASE_ID = Pattern.compile("v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private SystemHttp() {
    }

    public static JsonObject purchase(AnonpaySystem system, String purchaseId) {
        return expect(on(system, Server.MALL).get("api/purchases/"
                + URLEncoder.encode(purchaseId, StandardCharsets.UTF_8)), 200);
    }

    /** The id of the catalog's product with this name. */
    public static long productId(AnonpaySystem system, String name) {
        return on(system, Server.MALL).get("api/products").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no product " + name)).getJsonNumber("id").longValue();
    }

    /** Polls the mall until the purchase has {@code status} (or a minute passed); returns what it last saw. */
    public static JsonObject awaitStatus(AnonpaySystem system, String purchaseId, String status) {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject purchase = purchase(system, purchaseId);
        while (!purchase.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
            pause();
            purchase = purchase(system, purchaseId);
        }
        return purchase;
    }

    /**
     * Polls the mall until the purchase's payment, as the mall mirrors it, is in {@code state} (or 90 seconds
     * passed); returns the purchase as it last saw it.
     */
    public static JsonObject awaitPaymentState(AnonpaySystem system, String purchaseId, String state) {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject purchase = purchase(system, purchaseId);
        while (!state.equals(paymentState(purchase)) && Instant.now().isBefore(deadline)) {
            pause();
            purchase = purchase(system, purchaseId);
        }
        return purchase;
    }

    /** The state of the purchase's payment, or "NONE" before an approval. */
    public static String paymentState(JsonObject purchase) {
        return purchase.get("payment") instanceof JsonObject payment ? payment.getString("state") : "NONE";
    }

    /** The card's balance in minor units, from the cardholder's statement at the credit company. */
    public static long creditBalance(AnonpaySystem system, DemoCardholder cardholder) {
        JsonObject statement = expect(on(system, Server.CREDIT).post("api/statements", Json.createObjectBuilder()
                .add("cardNumber", cardholder.cardNumber()).add("password", cardholder.password()).build()
                .toString()), 200);
        return statement.getJsonObject("balance").getJsonNumber("amount").longValue();
    }

    /** POSTs as the operator of the running system. */
    public static JsonObject asOperator(AnonpaySystem system, Server server, String path, JsonObject body, int expected) {
        var operator = system.operator();
        return expect(on(system, server).as(operator.user(), operator.password()).post(path, body.toString()),
                expected);
    }

    /** GETs as the operator of the running system; the body as text. */
    public static String asOperator(AnonpaySystem system, Server server, String path) {
        var operator = system.operator();
        Reply reply = on(system, server).as(operator.user(), operator.password()).get(path);
        if (reply.status() != 200) {
            throw new AssertionError("expected 200 but got " + reply);
        }
        return reply.body();
    }

    /** The first purchase identifier in a text (the client prints it as soon as the purchase exists). */
    public static String purchaseIdIn(String text) {
        Matcher matcher = PURCHASE_ID.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no purchase identifier in: " + text);
        }
        return matcher.group();
    }

    /** A client of that server of the system: trusting the run's own authority alone when it runs with --tls. */
    public static JsonHttp on(AnonpaySystem system, Server server) {
        JsonHttp http = system.transport().encrypted() ? ENCRYPTED.computeIfAbsent(system,
                encrypted -> JsonHttp.using(encrypted.transport().httpClient().version(HttpClient.Version.HTTP_2)
                        .connectTimeout(Duration.ofSeconds(10)).build())) : HTTP;
        return http.on(URI.create(system.baseUrl(server)));
    }

    private static JsonObject expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
        return reply.object();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
