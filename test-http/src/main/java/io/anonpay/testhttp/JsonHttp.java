package io.anonpay.testhttp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.ServiceLoader;

/**
 * JSON over HTTP for code that calls a running server from outside, as a buyer, an operator, a partner server or an
 * attacker would. Every call returns the {@link Reply}, whatever its status, so that the caller decides what is
 * right, once the {@link ReplyCheck}s on the class path have judged it; a server that cannot be reached throws
 * {@link UncheckedIOException}. Instances are immutable and share their {@link HttpClient} (and its kept-alive
 * connections) with the instances derived from them.
 */
public class JsonHttp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String ACCEPT = "application/json, application/problem+json";
    private static final List<ReplyCheck> CHECKS = ServiceLoader.load(ReplyCheck.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private final HttpClient client;
    private final String base;
    private final String authorization;

    private JsonHttp(HttpClient client, String base, String authorization) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
    }

    /** A copy, for a subclass that adds ways of calling. */
    protected JsonHttp(JsonHttp http) {
        this(http.client, http.base, http.authorization);
    }

    /**
     * A client of the server at {@code base} (e.g. {@code http://127.0.0.1:8080/mall}), speaking HTTP/2 first as
     * Java's client does by default: it upgrades these cleartext servers to h2c.
     */
    public static JsonHttp at(URI base) {
        return at(base, HttpClient.Version.HTTP_2);
    }

    /** As {@link #at(URI)}, in this HTTP version; HTTP/1.1 is what browsers and curl speak to these servers. */
    public static JsonHttp at(URI base, HttpClient.Version version) {
        return client(version).on(base);
    }

    /** A client of no server in particular: each call gives a full URL, or {@link #on(URI)} names the server. */
    public static JsonHttp client(HttpClient.Version version) {
        return new JsonHttp(HttpClient.newBuilder().version(version).connectTimeout(CONNECT_TIMEOUT).build(), "",
                null);
    }

    /** A client of no server in particular on the given HTTP client, e.g. one that trusts a run's own authority. */
    public static JsonHttp using(HttpClient client) {
        return new JsonHttp(client, "", null);
    }

    /** The same client and credential, calling another server (or another instance of the same one). */
    public JsonHttp on(URI base) {
        return new JsonHttp(client, withSlash(base.toString()), authorization);
    }

    /** Sends HTTP Basic credentials with every request. */
    public JsonHttp as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return withAuthorization("Basic " + token);
    }

    /** Sends this Authorization header as it is, well-formed or not; {@code null}: none. */
    public JsonHttp withAuthorization(String header) {
        return new JsonHttp(client, base, header);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Reply put(String path, String json) {
        return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any request, as it is: any method, any content type or none ({@code null}), any body or none ({@code null}).
     */
    public Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", ACCEPT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /**
     * The URL of a path: appended to the base as written, not normalized, so that a hostile path reaches the server
     * as it is; a full {@code http(s)://} URL is taken as it is.
     */
    public URI resolve(String path) {
        boolean absolute = path.startsWith("http://") || path.startsWith("https://");
        return URI.create(absolute ? path : base + path);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
            for (ReplyCheck check : CHECKS) {
                check.check(client, request.method(), request.uri(), reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    private static String withSlash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }

    /**
     * What a server answered: status, content type ({@code ""} when none), body, and the Retry-After header
     * ({@code null} when none).
     */
    public record Reply(int status, String contentType, String body, String retryAfter) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The body as the JSON object it must be. */
        public JsonObject object() {
            return json().asJsonObject();
        }

        /** Its content type says it is an RFC 9457 problem. */
        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** A problem whose body is one too: a JSON object with a type, a title and this reply's status. */
        public boolean isCompleteProblem() {
            if (!isProblem()) {
                return false;
            }
            try {
                JsonStructure parsed = json();
                return parsed instanceof JsonObject problem && problem.containsKey("type")
                        && problem.containsKey("title") && problem.containsKey("status")
                        && problem.getInt("status") == status;
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** This reply when its status is one of these; otherwise an {@link IllegalStateException} that shows it. */
        public Reply expect(int... statuses) {
            for (int expected : statuses) {
                if (expected == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + shortBody(400));
        }

        private String shortBody(int length) {
            return body.length() > length ? body.substring(0, length) + "…" : body;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + shortBody(1000);
        }
    }
}
