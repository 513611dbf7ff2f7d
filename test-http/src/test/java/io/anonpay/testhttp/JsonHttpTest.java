package io.anonpay.testhttp;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a throwaway HTTP server that records what arrives and answers a problem with Retry-After. */
class JsonHttpTest {

    private static final String PROBLEM = "{\"type\":\"urn:x:busy\",\"title\":\"Busy\",\"status\":429}";

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] sent = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(sent, StandardCharsets.UTF_8));
            byte[] body = PROBLEM.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "10");
            exchange.sendResponseHeaders(429, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mall");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void pathsAreAppendedToTheBaseAsWrittenAndCredentialsGoWithEveryRequest() {
        JsonHttp http = JsonHttp.at(base, HttpClient.Version.HTTP_1_1);

        http.get("api/../keys");
        http.as("operator", "secret").post("api/products", "{}");
        http.withAuthorization("Basic !!!").send("DELETE", "api/products/1", null, null);
        http.on(URI.create(base.toString().replace("/mall", "/credit/"))).put("api/cards/1", "[]");

        assertThat(seen).containsExactly(
                "GET /mall/api/../keys null null ",
                "POST /mall/api/products Basic b3BlcmF0b3I6c2VjcmV0 application/json {}",
                "DELETE /mall/api/products/1 Basic !!! null ",
                "PUT /credit/api/cards/1 null application/json []");
    }

    @Test
    void aReplyKeepsWhatTheServerSaid() {
        JsonHttp.Reply reply = JsonHttp.at(base).get(base + "/api/keys");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.retryAfter()).isEqualTo("10");
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.isCompleteProblem()).isTrue();
        assertThat(reply.object().getString("title")).isEqualTo("Busy");
        assertThat(reply.expect(200, 429)).isSameAs(reply);
        assertThatThrownBy(() -> reply.expect(200)).hasMessageContaining("HTTP 429").hasMessageContaining("Busy");
    }

    @Test
    void aProblemTypeWithoutAProblemBodyIsNoCompleteProblem() {
        JsonHttp.Reply wrongStatus = new JsonHttp.Reply(503, "application/problem+json", PROBLEM, null);
        JsonHttp.Reply notJson = new JsonHttp.Reply(503, "application/problem+json", "<html/>", null);

        assertThat(wrongStatus.isProblem()).isTrue();
        assertThat(wrongStatus.isCompleteProblem()).isFalse();
        assertThat(notJson.isCompleteProblem()).isFalse();
        assertThat(new JsonHttp.Reply(404, "", "", null).isProblem()).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedThrows() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        JsonHttp http = JsonHttp.at(URI.create("http://127.0.0.1:" + closed + "/mall"));

        assertThatThrownBy(() -> http.get("api/keys")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("GET http://127.0.0.1:" + closed + "/mall/api/keys");
    }
}
