package io.anonpay.client;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * JSON over HTTP with the failures sorted into exit codes: no connection or no answer in time is exit 3, a 4xx
 * problem exit 2, a 5xx or an unreadable body exit 4. Redirects are not followed: the APIs never send one, and a
 * redirect would be the browser flow, not ours.
 */
final class HttpJson {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final String ACCEPT = "application/json, application/problem+json";

    private final HttpClient http;
    private final Duration requestTimeout;

    /** @param trusted the only authority to trust for HTTPS (a {@code --tls} run's); empty: the JDK's own */
    HttpJson(Duration requestTimeout, Optional<SSLContext> trusted) {
        // HTTP/1.1: the servers' cleartext HTTP/2 upgrade breaks a connection on very long URLs (docs/reliability.md)
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        trusted.ifPresent(builder::sslContext);
        this.http = builder.build();
        this.requestTimeout = requestTimeout;
    }

    /** @param what who is asked for what, for messages: "the mall (list products)" */
    JsonValue get(URI uri, String what) {
        return send(request(uri).GET().build(), what);
    }

    JsonValue post(URI uri, JsonObject body, String what) {
        return send(request(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build(), what);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", ACCEPT);
    }

    private JsonValue send(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw ClientFailure.unreachable(what + ": cannot connect to " + hostOf(request.uri())
                    + " (is the server running? see --mall / --run-file)");
        } catch (SSLHandshakeException e) {
            throw ClientFailure.unreachable(what + ": " + hostOf(request.uri()) + " is not trusted: its certificate"
                    + " is not signed by the authority this client trusts (" + e.getMessage() + "); with a --tls run,"
                    + " use that run's run file (tls.ca)");
        } catch (HttpTimeoutException e) {
            throw ClientFailure.unreachable(what + ": no answer from " + hostOf(request.uri()) + " within "
                    + requestTimeout.toSeconds() + " s");
        } catch (IOException e) {
            throw ClientFailure.unreachable(what + ": connection to " + hostOf(request.uri()) + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.unreachable(what + ": interrupted while waiting for " + hostOf(request.uri()));
        }
        int status = response.statusCode();
        Optional<String> elsewhere = response.headers().firstValue("Location");
        if (status >= 300 && status < 400 && elsewhere.filter(to -> to.startsWith("https:")).isPresent()
                && "http".equals(request.uri().getScheme())) {
            // a --tls server's port redirects what comes in clear; what was sent has crossed the wire already
            throw ClientFailure.usage(what + ": " + hostOf(request.uri()) + " answers on https only (HTTP " + status
                    + " to " + elsewhere.get() + "); use the run file of that run, or https:// addresses");
        }
        if (status < 200 || status > 299) {
            throw ProblemResponse.toFailure(what, status, response.body());
        }
        return parse(response.body(), what);
    }

    private static JsonValue parse(String body, String what) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = JsonSupport.reader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw ClientFailure.serverError(what + ": the answer is not JSON");
        }
    }

    private static String hostOf(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
