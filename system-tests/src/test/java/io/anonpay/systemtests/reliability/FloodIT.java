package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.testhttp.JsonHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limited operation flooded from many clients: a second instance of each party, told to trust X-Forwarded-For
 * and to allow each client 5 requests at once and 30 a minute per operation while holding at most 200 buckets, takes
 * a flood from 300 forwarded addresses, 7 requests each on each limited operation. Meanwhile a buyer (not in the
 * flood) buys, pays and ships through the same three instances within {@link #BOUND}. No answer is a 5xx, the
 * flood is refused with 429s, and no instance holds more buckets than its bound.
 */
@ExtendWith(RunningSystem.class)
class FloodIT {

    private static final int CAP = 200;
    private static final Map<String, String> LIMITS = Map.of(
            "ANONPAY_LIMITS_CLIENT_HEADER", "X-Forwarded-For",
            "ANONPAY_LIMITS_PER_MINUTE", "30",
            "ANONPAY_LIMITS_BURST", "5",
            "ANONPAY_LIMITS_CLIENTS", Integer.toString(CAP));
    private static final int FLOODERS = 300;
    private static final int REQUESTS_EACH = 7;
    /** The legitimate buyer's purchase, payment and shipment, however busy the flood keeps the machine. */
    private static final Duration BOUND = Duration.ofSeconds(90);

    private record Operation(String baseUrl, String method, String path) {
    }

    @Test
    void aFloodFromManyClientsLeavesABuyerServedNo5xxAndTheLimiterBounded(AnonpaySystem system) throws Exception {
        Map<Server, String> second = new ConcurrentHashMap<>();
        try {
            for (Server server : List.of(Server.MALL, Server.CREDIT, Server.SHIPPING)) {
                second.put(server, system.server(server).startExtraInstance(LIMITS));
            }
            Api api = new Api(system);
            second.values().forEach(url -> api.awaitServingAt(url, Duration.ofSeconds(180)));
            long product = api.newProduct("Flood", 1_000);
            Card card = api.newCard("Flood Buyer", 100_000);

            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            ExecutorService flood = Executors.newFixedThreadPool(8);
            List<Future<?>> sent = new ArrayList<>();
            for (int flooder = 0; flooder < FLOODERS; flooder++) {
                String address = "198.18." + (flooder / 250) + "." + (flooder % 250 + 1);
                for (Operation operation : limited(second)) {
                    sent.add(flood.submit(() -> send(operation, address, answers)));
                }
            }

            Instant start = Instant.now();
            String mall = second.get(Server.MALL);
            String purchaseId = patiently(() -> api.createPurchaseAt(mall, product, 1), 201, start)
                    .object().getString("purchaseId");
            String payment = patiently(() -> api.instructionsAt(mall, purchaseId, "payment", Api.CREDIT_COMPANY),
                    200, start).object().getString("instructions");
            Reply paid = api.payPatiently(second.get(Server.CREDIT), payment, card, BOUND);
            api.awaitStatusAt(mall, purchaseId, Payments.PAID_OR_LATER::contains, BOUND);
            String shipping = patiently(() -> api.instructionsAt(mall, purchaseId, "shipping", Api.SHIPPING_COMPANY),
                    200, start).object().getString("instructions");
            Reply shipped = api.shipPatientlyAt(second.get(Server.SHIPPING), shipping, "Flood Buyer", BOUND);
            Duration took = Duration.between(start, Instant.now());

            for (Future<?> request : sent) {
                request.get(10, TimeUnit.MINUTES);
            }
            flood.shutdown();
            System.out.printf("FloodIT: %d flood requests answered %s; the buyer took %d ms%n",
                    answers.values().stream().mapToInt(AtomicInteger::get).sum(), answers, took.toMillis());

            assertThat(paid.status()).as(paid.toString()).isIn(200, 201);
            assertThat(paid.object().getString("outcome")).as(paid.toString()).isEqualTo("APPROVED");
            assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
            assertThat(took).as("the buyer, during the flood").isLessThan(BOUND);
            assertThat(answers.keySet()).as("statuses of the flood").allMatch(status -> status > 0 && status < 500);
            assertThat(answers.get(429)).as("refused for the limit").isNotNull();
            for (String url : second.values()) {
                assertThat(bucketsHeld(api, url)).as("buckets held at %s", url).isBetween(1.0, (double) CAP);
            }
        } finally {
            for (Server server : second.keySet()) {
                system.server(server).stopExtraInstances();
            }
        }
    }

    /**
     * A patient buyer's request: asked again while the answer says to (a partner busy under the flood answers 503
     * with Retry-After), until {@link #BOUND} after {@code start}.
     */
    private static Reply patiently(java.util.function.Supplier<Reply> request, int expected, Instant start) {
        Reply reply = request.get();
        while (reply.status() != expected && Api.worthRetrying(reply) && Instant.now().isBefore(start.plus(BOUND))) {
            Api.pause(1000);
            reply = request.get();
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        return reply;
    }

    private static List<Operation> limited(Map<Server, String> second) {
        String mall = second.get(Server.MALL);
        String credit = second.get(Server.CREDIT);
        String shipping = second.get(Server.SHIPPING);
        return List.of(new Operation(mall, "POST", "api/purchases"),
                new Operation(mall, "POST", "api/purchases/none/payment-instructions"),
                new Operation(mall, "POST", "api/purchases/none/shipping-instructions"),
                new Operation(mall, "POST", "api/purchases/none/cancellation"),
                new Operation(credit, "POST", "api/settlements"),
                new Operation(credit, "POST", "api/payment-sessions"),
                new Operation(credit, "POST", "api/statements"),
                new Operation(shipping, "POST", "api/shipments"),
                new Operation(shipping, "GET", "api/shipments/AP0000000000000"));
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /** {@link #REQUESTS_EACH} requests from one forwarded address, each with a body that is no valid request. */
    private static void send(Operation operation, String address, Map<Integer, AtomicInteger> answers) {
        URI uri = URI.create(operation.baseUrl().endsWith("/") ? operation.baseUrl() : operation.baseUrl() + "/")
                .resolve(operation.path());
        for (int request = 0; request < REQUESTS_EACH; request++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", address).header("Accept", "application/json");
            if (operation.method().equals("POST")) {
                builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
            }
            int status;
            try {
                status = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The instance's {@code anonpay_limits_clients} gauge. */
    private static double bucketsHeld(Api api, String baseUrl) {
        Reply metrics = api.send(baseUrl, "GET", "metrics", null, null, api.operatorAuthorization());
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith("anonpay_limits_clients "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).strip()))
                .findFirst().orElse(0);
    }
}
