package io.anonpay.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mall, a credit company and a shipping company on one in-test HTTP server, answering canned JSON shaped like
 * the real servers' records. It records every request, so tests can check who received what.
 */
final class FakeAnonpay implements AutoCloseable {

    static final String PURCHASE_ID = "v1.kid0123456789ab.c2VhbGVk-cHVyY2hhc2U_aWQ";
    static final String TRACKING_NUMBER = "AP1234567890128";

    record Request(String method, String path, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    record Canned(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** "METHOD /path" → a fixed answer instead of the default one. */
    private final Map<String, Canned> overrides = new ConcurrentHashMap<>();
    private volatile String status = "AWAITING_PAYMENT";
    private volatile String pendingStatus;
    private volatile int pollsBeforeChange;
    private volatile int pollsToSeeResults = 2;
    private volatile String settlement = FakeBodies.approved();
    /** The shipping company the purchase is priced for; null until payment instructions designate one. */
    private volatile String shippingCompany;

    FakeAnonpay() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String mall() {
        return base() + "/mall";
    }

    List<Request> requests() {
        return requests;
    }

    List<Request> requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    FakeAnonpay override(String methodAndPath, int status, String body) {
        overrides.put(methodAndPath, new Canned(status, "application/problem+json", body));
        return this;
    }

    FakeAnonpay settlementAnswer(String body) {
        this.settlement = body;
        return this;
    }

    /** How many polls of the purchase pass before the mall "receives" a result; huge = never. */
    FakeAnonpay pollsToSeeResults(int polls) {
        this.pollsToSeeResults = polls;
        return this;
    }

    FakeAnonpay status(String status) {
        this.status = status;
        return this;
    }

    /** As if the buyer had designated {@code shippingCompany} with the payment: the purchase is priced for it. */
    FakeAnonpay pricedFor(String shippingCompany) {
        this.shippingCompany = shippingCompany;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        requests.add(new Request(method, path, body));
        Canned canned = overrides.getOrDefault(method + " " + path, null);
        if (canned == null) {
            canned = answer(method, path, body);
        }
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", canned.contentType());
        exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Canned answer(String method, String path, String body) {
        String purchasePath = "/mall/api/purchases/" + PURCHASE_ID;
        return switch (method + " " + path) {
            case "GET /mall/api/products" -> json(200, FakeBodies.products());
            case "GET /mall/api/credit-companies" ->
                    json(200, FakeBodies.companies("credit", "Example Credit", base()));
            case "GET /mall/api/shipping-companies" ->
                    json(200, FakeBodies.companies("shipping", "Example Shipping", base()));
            case "POST /mall/api/purchases" -> json(201, FakeBodies.purchase(status, null));
            default -> {
                if (path.equals(purchasePath) && method.equals("GET")) {
                    yield json(200, FakeBodies.purchase(poll(), shippingCompany));
                }
                if (path.equals(purchasePath + "/cancellation") && method.equals("POST")) {
                    if (PurchaseWatch.PAID.contains(status) && !"PAID".equals(status)) {
                        yield new Canned(409, "application/problem+json", FakeBodies.problem("already-shipped",
                                "Conflict", 409, "the parcel is with the shipping company; ask the mall for a refund"));
                    }
                    status = "CANCELLED";
                    yield json(200, FakeBodies.purchase(status, shippingCompany));
                }
                if (path.equals(purchasePath + "/payment-instructions")) {
                    JsonObject designation = new Request(method, path, body).json();
                    if (designation.getString("shippingCompany", "").isBlank()) {
                        yield new Canned(400, "application/problem+json", FakeBodies.problem(
                                "shipping-company-required", "Invalid request", 400, "name the shipping company"));
                    }
                    shippingCompany = designation.getString("shippingCompany");
                    yield json(200, FakeBodies.paymentInstructions(designation.getString("company"),
                            base() + "/credit/api/settlements", shippingCompany));
                }
                if (path.equals(purchasePath + "/shipping-instructions")) {
                    String company = new Request(method, path, body).json().getString("company");
                    if (!PurchaseWatch.PAID.contains(status)) {
                        yield new Canned(409, "application/problem+json", FakeBodies.problem("not-paid", "Conflict",
                                409, "a purchase is shipped once it is paid; it is " + status));
                    }
                    yield company.equals(shippingCompany)
                            ? json(200, FakeBodies.instructions(company, "Example Shipping",
                                    base() + "/shipping/api/shipments"))
                            : new Canned(409, "application/problem+json", FakeBodies.problem(
                                    "shipping-company-designated", "Conflict", 409, "this purchase was paid for "
                                            + "shipping by " + shippingCompany + ": it ships with " + shippingCompany
                                            + ", not " + company));
                }
                if (path.equals("/credit/api/settlements")) {
                    JsonObject answer = Json.createReader(new StringReader(settlement)).readObject();
                    if (answer.getBoolean("finalOutcome")) {
                        later("APPROVED".equals(answer.getString("outcome")) ? "PAID" : "PAYMENT_DECLINED");
                    }
                    yield json(answer.getBoolean("finalOutcome") ? 201 : 200, settlement);
                }
                if (path.equals("/shipping/api/shipments")) {
                    later("SHIPPING_ACCEPTED");
                    yield json(201, FakeBodies.acceptedShipment(TRACKING_NUMBER));
                }
                if (path.equals("/shipping/api/shipments/" + TRACKING_NUMBER)) {
                    yield json(200, FakeBodies.shipmentView(TRACKING_NUMBER));
                }
                yield new Canned(404, "application/problem+json", FakeBodies.problem("not-found", "Not found", 404,
                        "nothing at " + path));
            }
        };
    }

    /** Results travel over JMS: the mall shows them only a few polls later. */
    private void later(String newStatus) {
        pendingStatus = newStatus;
        pollsBeforeChange = pollsToSeeResults;
    }

    private synchronized String poll() {
        if (pendingStatus != null && pollsBeforeChange-- <= 0) {
            status = pendingStatus;
            pendingStatus = null;
        }
        return status;
    }

    private static Canned json(int status, String body) {
        return new Canned(status, "application/json", body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
