package io.anonpay.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Demo data for a system on embedded defaults, through the servers' own operator APIs: a small catalog at the
 * mall and three cardholders at the credit company. Card numbers are shown by the credit company only once, so
 * the cardholders are kept in the data directory (owner-only) and reused on the next start.
 */
final class DemoSeed {

    private static final String[][] CATALOG = {
            // name, description, price in cents, length, width, height (cm), weight (g)
            {"Teapot", "Cast-iron teapot, 0.8 l", "2499", "20", "18", "14", "1400"},
            {"Kettle", "Stovetop kettle, 1.5 l", "3490", "25", "22", "24", "1100"},
            {"Tea sampler", "Twelve loose-leaf teas", "1850", "20", "15", "8", "600"},
            {"Cups, set of four", "Porcelain, 180 ml each", "2900", "30", "22", "12", "1500"},
            {"Tray", "Walnut serving tray", "4500", "50", "35", "5", "1800"},
            {"Book: The Tea Road", "Paperback, 320 pages", "1599", "23", "15", "3", "450"}};

    private static final String[][] CARDHOLDERS = {
            // name, credit in cents
            {"Alice Example", "100000"}, {"Bob Example", "5000"}, {"Carol Example", "250000"}};

    private final HttpClient http;
    private final String authorization;

    DemoSeed(RunFile.Credentials operator, Transport transport) {
        this.http = transport.httpClient().connectTimeout(Duration.ofSeconds(10)).build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (operator.user() + ":" + operator.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the demo catalog when the mall sells nothing yet. */
    void catalog(String mallBaseUrl) {
        if (!read(send(get(mallBaseUrl + "/api/products"), 200)).asJsonArray().isEmpty()) {
            return;
        }
        for (String[] p : CATALOG) {
            JsonObject product = Json.createObjectBuilder().add("name", p[0]).add("description", p[1])
                    .add("price", Json.createObjectBuilder().add("amount", Long.parseLong(p[2])).add("currency", "EUR"))
                    .add("size", Json.createObjectBuilder().add("lengthCm", Integer.parseInt(p[3]))
                            .add("widthCm", Integer.parseInt(p[4])).add("heightCm", Integer.parseInt(p[5]))
                            .add("weightGrams", Integer.parseInt(p[6])))
                    .build();
            send(post(mallBaseUrl + "/api/products", product), 201);
        }
    }

    /** The demo cardholders, issued at the credit company on the first start and kept in {@code file}. */
    List<DemoCardholder> cardholders(String creditBaseUrl, Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        List<DemoCardholder> issued = new ArrayList<>();
        for (String[] c : CARDHOLDERS) {
            String password = "demo-" + Secrets.randomPassword().substring(0, 10);
            JsonObject card = read(send(post(creditBaseUrl + "/api/cards", Json.createObjectBuilder()
                    .add("customerName", c[0])
                    .add("limit", Json.createObjectBuilder().add("amount", Long.parseLong(c[1])).add("currency", "EUR"))
                    .add("password", password).build()), 201)).asJsonObject();
            issued.add(new DemoCardholder(c[0], card.getString("cardNumber"), password, Long.parseLong(c[1]), "EUR"));
        }
        store(file, issued);
        return issued;
    }

    private static List<DemoCardholder> load(Path file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new DemoCardholder(o.getString("name"), o.getString("cardNumber"), o.getString("password"),
                            o.getJsonNumber("limit").longValue(), o.getString("currency")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void store(Path file, List<DemoCardholder> cardholders) {
        var array = Json.createArrayBuilder();
        cardholders.forEach(c -> array.add(Json.createObjectBuilder().add("name", c.name())
                .add("cardNumber", c.cardNumber()).add("password", c.password())
                .add("limit", c.limit()).add("currency", c.currency())));
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, array.build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
    }

    private HttpRequest post(String url, JsonObject body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new LaunchFailure("seeding demo data: " + request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new LaunchFailure("seeding demo data: " + request.uri() + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while seeding demo data", e);
        }
    }

    private static jakarta.json.JsonStructure read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
