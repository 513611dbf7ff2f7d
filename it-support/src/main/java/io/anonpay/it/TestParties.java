package io.anonpay.it;

import com.sun.net.httpserver.HttpServer;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.common.json.Jsonp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partners of the server under test, played by the test itself with real key pairs: each publishes its
 * JWK set at {@code http://127.0.0.1:<port>/<id>/api/keys}, which is what {@code ANONPAY_PARTNERS} points the
 * server at. A test signs as "mall" or opens what was sealed to "credit" with {@link #keys(String)}. The shipping
 * company also publishes its signed tariff, {@link #TARIFF}, at {@code shipping/api/tariff} and
 * {@code shipping/api/tariffs/{version}}; {@link #publishTariff(String)} replaces what is served there.
 */
public final class TestParties {

    public static final String MALL = "mall";
    public static final String CREDIT = "credit";
    public static final String SHIPPING = "shipping";
    /** A second credit company, which the mall also deals with: for the rules of designating one. */
    public static final String OTHER_CREDIT = "credit-two";
    /** A second shipping company, which publishes keys (no tariff): for the rules of who may claim a fee. */
    public static final String OTHER_SHIPPING = "shipping-two";

    /** The tariff the test shipping company publishes (the shipping company's default). */
    public static final Tariff TARIFF = new Tariff(SHIPPING, "EUR", 390, 110, 5000, 1, 2_000_000);

    private static final Map<String, KeyRing> RINGS = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static volatile String publishedTariff;

    private TestParties() {
    }

    public static KeyRing keys(String party) {
        return RINGS.computeIfAbsent(party, p -> KeyRing.generate(new SecureRandom()));
    }

    /** {@code tariff} signed by {@code party}'s keys, valid for 30 days. */
    public static String signedTariff(String party, Tariff tariff) {
        return new SignedContracts(party, keys(party), TrustedKeys.of(Map.of()), ReplayGuard.none(), Clock.systemUTC())
                .sign(tariff, Duration.ofDays(30));
    }

    /** What {@code shipping/api/tariff} and {@code shipping/api/tariffs/*} serve from now on; null for {@link #TARIFF}. */
    public static void publishTariff(String signed) {
        publishedTariff = signed;
    }

    static synchronized void serve(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String party : new String[]{MALL, CREDIT, OTHER_CREDIT, SHIPPING, OTHER_SHIPPING}) {
            server.createContext("/" + party + "/api/keys", exchange -> {
                byte[] body = JwkSet.toJsonString(keys(party).publicKeys()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
        }
        server.createContext("/" + SHIPPING + "/api/tariff", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String signed = publishedTariff != null ? publishedTariff : signedTariff(SHIPPING, TARIFF);
            boolean known = path.endsWith("/api/tariff") || publishedTariff != null
                    || path.endsWith("/api/tariffs/" + TARIFF.version());
            byte[] body = (known ? Jsonp.object().add("signed", signed).build().toString() : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
