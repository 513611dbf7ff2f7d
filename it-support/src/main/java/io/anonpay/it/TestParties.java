package io.anonpay.it;

import com.sun.net.httpserver.HttpServer;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partners of the server under test, played by the test itself with real key pairs: each publishes its
 * JWK set at {@code http://127.0.0.1:<port>/<id>/api/keys}, which is what {@code ANONPAY_PARTNERS} points the
 * server at. A test signs as "mall" or opens what was sealed to "credit" with {@link #keys(String)}.
 */
public final class TestParties {

    public static final String MALL = "mall";
    public static final String CREDIT = "credit";
    public static final String SHIPPING = "shipping";
    /** A second credit company, which the mall also deals with: for the rules of designating one. */
    public static final String OTHER_CREDIT = "credit-two";

    private static final Map<String, KeyRing> RINGS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private TestParties() {
    }

    public static KeyRing keys(String party) {
        return RINGS.computeIfAbsent(party, p -> KeyRing.generate(new SecureRandom()));
    }

    static synchronized void serve(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String party : new String[]{MALL, CREDIT, OTHER_CREDIT, SHIPPING}) {
            server.createContext("/" + party + "/api/keys", exchange -> {
                byte[] body = JwkSet.toJsonString(keys(party).publicKeys()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
        }
        server.start();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
