package io.anonpay.contract;

import io.anonpay.testhttp.JsonHttp;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The generated clients of the three servers, pointed at a running server, with every reply held to that server's
 * served document by the same {@link ServedContracts} check as test-http's (where {@code anonpay.contract.check}
 * is on). Nothing else is added: what a test does with them, any client developer can do with the same code.
 */
public final class GeneratedClients {

    private GeneratedClients() {
    }

    /** The mall's generated client, for the application at {@code base} (e.g. {@code http://127.0.0.1:8080/mall}). */
    public static io.anonpay.contract.mall.client.ApiClient mall(URI base) {
        io.anonpay.contract.mall.client.ApiClient client = new io.anonpay.contract.mall.client.ApiClient();
        client.setBasePath(withoutSlash(base));
        checked(client.getHttpClient());
        return client;
    }

    /** The credit company's generated client, for the application at {@code base}. */
    public static io.anonpay.contract.credit.client.ApiClient credit(URI base) {
        io.anonpay.contract.credit.client.ApiClient client = new io.anonpay.contract.credit.client.ApiClient();
        client.setBasePath(withoutSlash(base));
        checked(client.getHttpClient());
        return client;
    }

    /** The shipping company's generated client, for the application at {@code base}. */
    public static io.anonpay.contract.shipping.client.ApiClient shipping(URI base) {
        io.anonpay.contract.shipping.client.ApiClient client = new io.anonpay.contract.shipping.client.ApiClient();
        client.setBasePath(withoutSlash(base));
        checked(client.getHttpClient());
        return client;
    }

    private static void checked(Client client) {
        client.register(new CheckedReplies());
    }

    private static String withoutSlash(URI base) {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Reads each reply once, hands it to the check, and gives the generated code the same bytes to read. */
    private static final class CheckedReplies implements ClientResponseFilter {

        private final ServedContracts contracts = new ServedContracts();
        /** What fetches a served document: the JDK's trust, as this JAX-RS client has by default. */
        private final HttpClient documents = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        @Override
        public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
            byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
            response.setEntityStream(new ByteArrayInputStream(body));
            contracts.check(documents, request.getMethod(), request.getUri(), new JsonHttp.Reply(response.getStatus(),
                    Objects.requireNonNullElse(response.getHeaderString("Content-Type"), ""),
                    new String(body, StandardCharsets.UTF_8), response.getHeaderString("Retry-After")));
        }
    }
}
