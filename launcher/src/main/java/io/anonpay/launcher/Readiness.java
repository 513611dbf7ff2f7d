package io.anonpay.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Asks a server's MicroProfile Health readiness endpoint. Ready means status UP <em>and</em> a check named
 * {@code database} that is UP: a WAR that failed to deploy leaves Payara answering UP with no checks at all.
 */
public final class Readiness {

    public static final String REQUIRED_CHECK = "database";

    private final HttpClient client;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    Readiness(HttpClient client) {
        this.client = client;
    }

    /** The answer of one probe: ready or not, and why not. */
    public record Probe(boolean ready, String detail) {
    }

    /**
     * Ready when the health answer is and the application itself answers {@code application} with 200: health
     * turns UP as soon as the schema is migrated, which can be a moment before the JAX-RS resources serve.
     */
    public Probe probe(URI healthReady, URI application) {
        Probe health = probe(healthReady);
        if (!health.ready()) {
            return health;
        }
        try {
            int status = client.send(HttpRequest.newBuilder(application).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? health : new Probe(false, "health UP, but " + application.getPath()
                    + " answers HTTP " + status + " (still deploying?)");
        } catch (IOException e) {
            return new Probe(false, "health UP, but " + application.getPath() + " not answering");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted");
        }
    }

    public Probe probe(URI healthReady) {
        HttpRequest request = HttpRequest.newBuilder(healthReady).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return judge(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Probe(false, "not answering (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted");
        }
    }

    /** Judges a readiness answer: overall UP and the database check present and UP. */
    static Probe judge(int status, String body) {
        JsonObject health;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            health = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return new Probe(false, "HTTP " + status + ", not a health answer");
        }
        String overall = health.getString("status", "missing");
        JsonObject database = checks(health)
                .filter(check -> REQUIRED_CHECK.equals(check.getString("name", null)))
                .findFirst().orElse(null);
        if (database == null) {
            return new Probe(false, "status " + overall + " but no '" + REQUIRED_CHECK + "' check (not deployed?)");
        }
        boolean databaseUp = "UP".equals(database.getString("status", ""));
        if (status == 200 && "UP".equals(overall) && databaseUp) {
            return new Probe(true, "UP");
        }
        if (!databaseUp) {
            return new Probe(false, "status " + overall + ", " + REQUIRED_CHECK + " "
                    + database.getString("status", "missing") + dataOf(database));
        }
        return new Probe(false, "status " + overall + ", " + REQUIRED_CHECK + " UP" + downChecks(health));
    }

    /** The checks that are not UP, each with its data: "; broker DOWN {"error":"never reached: …"}". */
    private static String downChecks(JsonObject health) {
        return checks(health)
                .filter(check -> !"UP".equals(check.getString("status", "")))
                .map(check -> "; " + check.getString("name", "?") + " " + check.getString("status", "missing")
                        + dataOf(check))
                .collect(Collectors.joining());
    }

    /** The answer's checks that are objects; none when it lists none. */
    private static Stream<JsonObject> checks(JsonObject health) {
        JsonArray checks = health.getJsonArray("checks");
        return checks == null ? Stream.empty() : checks.stream()
                .filter(check -> check.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject);
    }

    private static String dataOf(JsonObject check) {
        JsonValue data = check.get("data");
        return data instanceof JsonObject object && !object.isEmpty() ? " " + object : "";
    }
}
