package io.anonpay.systemtests;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DemoCardholder;
import io.anonpay.launcher.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls the system tests make to check what the servers say, the way any outside tool would. */
public final class SystemHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern PURCHASE_ID = Pattern.compile("v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private SystemHttp() {
    }

    public static JsonObject purchase(AnonpaySystem system, String purchaseId) {
        return send(HttpRequest.newBuilder(URI.create(system.baseUrl(Server.MALL) + "/api/purchases/"
                + URLEncoder.encode(purchaseId, StandardCharsets.UTF_8))).GET(), 200);
    }

    /** The id of the catalog's product with this name. */
    public static long productId(AnonpaySystem system, String name) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.baseUrl(Server.MALL)
                    + "/api/products")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readArray().getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getString("name").equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError("no product " + name)).getJsonNumber("id").longValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** The card's balance in minor units, from the cardholder's statement at the credit company. */
    public static long creditBalance(AnonpaySystem system, DemoCardholder cardholder) {
        JsonObject statement = post(system, Server.CREDIT, "api/statements", Json.createObjectBuilder()
                .add("cardNumber", cardholder.cardNumber()).add("password", cardholder.password()).build(), null, 200);
        return statement.getJsonObject("balance").getJsonNumber("amount").longValue();
    }

    /** POSTs as the operator of the running system. */
    public static JsonObject asOperator(AnonpaySystem system, Server server, String path, JsonObject body, int expected) {
        var operator = system.operator();
        String basic = Base64.getEncoder().encodeToString((operator.user() + ":" + operator.password())
                .getBytes(StandardCharsets.UTF_8));
        return post(system, server, path, body, "Basic " + basic, expected);
    }

    /** The first purchase identifier in a text (the client prints it as soon as the purchase exists). */
    public static String purchaseIdIn(String text) {
        Matcher matcher = PURCHASE_ID.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no purchase identifier in: " + text);
        }
        return matcher.group();
    }

    private static JsonObject post(AnonpaySystem system, Server server, String path, JsonObject body,
                                   String authorization, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.baseUrl(server) + "/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, expected);
    }

    private static JsonObject send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
