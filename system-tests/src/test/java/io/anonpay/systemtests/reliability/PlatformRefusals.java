package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.Server;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests that the platform refuses before a resource method runs — an unknown path inside a server's context, a
 * method nobody offers, a media type nobody reads, a malformed path, a body over the limit — and bodies whose JSON
 * types are wrong. Each with the status and the stable problem type it must get and, for a refused body, the part
 * of the detail that names what is wrong.
 */
final class PlatformRefusals {

    private static final String JSON = "application/json";
    private static final String TWO_MEGABYTES = "x".repeat(2 * 1024 * 1024);

    /**
     * One request and the answer it must get. A refusal without a type is the HTTP layer's own, measured and
     * documented: only its status is held, and that the server goes on.
     */
    record Refusal(String description, Server server, String method, String path, String contentType, String body,
                   boolean asOperator, int status, String type, String detailContains) {
    }

    private final List<Refusal> refusals = new ArrayList<>();

    static List<Refusal> all(long product) {
        String shippingId = "AP0000000000000"; // the body is refused before anyone looks the shipment up
        PlatformRefusals on = new PlatformRefusals();
        for (Server server : Server.values()) {
            String page = switch (server) {
                case MALL -> "index.html";
                case CREDIT -> "pay.html";
                case SHIPPING -> "ship.html";
            };
            on.add(server, "GET", "nope", null, null, 404, "not-found", "unknown path");
            on.add(server, "GET", "nope/deeper/page.html", null, null, 404, "not-found", "unknown nested path");
            on.add(server, "GET", "api/nope", null, null, 404, "not-found", "unknown API path");
            on.add(server, "DELETE", page, null, null, 405, "method-not-allowed", "DELETE of a static page");
            on.add(server, "PUT", page, "text/html", "<p>defaced</p>", 405, "method-not-allowed", "PUT of a static page");
            on.add(server, "DELETE", "api/keys", null, null, 405, "method-not-allowed", "DELETE of the keys");
            on.add(server, "PATCH", page, "text/html", "<p>defaced</p>", 405, "method-not-allowed",
                    "PATCH of a static page");
            on.add(server, "GET", "api/keys%2Fmall", null, null, 404, "not-found", "an encoded slash in an API path");
            on.add(server, "GET", "api/%2e%2e/nope.html", null, null, 404, "not-found", "an encoded dot segment");
            on.add(server, "GET", "WEB-INF/web.xml", null, null, 404, "not-found", "the deployment descriptor");
            // outside the party's context: the root module's answer (module root-war)
            on.add(server, "GET", "api/%2e%2e%2f%2e%2e%2fWEB-INF/web.xml", null, null, 404, "not-found",
                    "encoded dot segments out of the context");
            on.add(server, "GET", "../outside-every-context", null, null, 404, "not-found",
                    "a path outside every context");
            on.add(server, "POST", "../outside-every-context", JSON, "{}", 404, "not-found",
                    "a POST outside every context");
            on.add(server, "GET", "../", null, null, 404, "not-found", "the root of the server");
            on.add(server, "GET", "../WEB-INF/web.xml", null, null, 404, "not-found",
                    "the root module's deployment descriptor");
            on.add(server, "GET", "../metrics", null, null, 404, "not-found",
                    "the platform's own metrics at the root, switched off");
            // refused by the HTTP layer before a context is chosen: no module can answer (docs/reliability.md)
            on.add(server, "GET", "api/keys%00", null, null, 400, null, "%00 in an API path");
            on.add(server, "GET", "nope%00.html", null, null, 400, null, "%00 in a page path");
            on.add(server, "GET", "../../above-the-root", null, null, 400, null, "a path above the server's root");
        }
        String item = "{\"items\":[{\"productId\":%s,\"quantity\":%s}]}";
        on.add(Server.MALL, "POST", "api/purchases", "application/xml", "<purchase/>", 415, "unsupported-media-type",
                "purchase as XML");
        on.add(Server.MALL, "POST", "api/purchases", JSON, "{\"items\":[],\"pad\":\"" + TWO_MEGABYTES + "\"}", 413,
                "body-too-large", "purchase: 2 MB body");
        on.bad(Server.MALL, "api/purchases", item.formatted("\"" + product + "\"", "1"), false,
                "items[0].productId: must be a number, not a string", "purchase: product id as a string");
        on.bad(Server.MALL, "api/purchases", item.formatted(product, "\"1\""), false,
                "items[0].quantity: must be a number, not a string", "purchase: quantity as a string");
        on.bad(Server.MALL, "api/purchases", item.formatted(product, "true"), false,
                "items[0].quantity: must be a number, not a boolean", "purchase: quantity as a boolean");
        on.bad(Server.MALL, "api/purchases", "{\"items\":{\"productId\":" + product + ",\"quantity\":1}}", false,
                "items: must be an array, not an object", "purchase: items as an object");
        on.bad(Server.MALL, "api/purchases", "{\"items\":[{\"productId\":" + product + ",\"quantity\":1,\"colour\":1}]}",
                false, "items[0]: unknown field \"colour\"", "purchase: an unknown field in an item");
        on.bad(Server.MALL, "api/purchases", "{\"items\":[{\"productId\":" + product + ",", false, "line 1",
                "purchase: JSON cut short");
        on.bad(Server.MALL, "api/products/" + product, "{\"name\":\"Renamed\",\"price\":{\"amount\":100,\"currency\":"
                + "\"EUR\"},\"size\":{\"lengthCm\":\"10\",\"widthCm\":10,\"heightCm\":10,\"weightGrams\":100}}", true,
                "size.lengthCm: must be a number, not a string", "product: a length as a string");
        on.bad(Server.MALL, "api/products/" + product, "{\"name\":7,\"price\":{\"amount\":100,\"currency\":\"EUR\"},"
                + "\"size\":{\"lengthCm\":10,\"widthCm\":10,\"heightCm\":10,\"weightGrams\":100}}", true,
                "name: must be a string, not a number", "product: a name as a number");
        on.add(Server.CREDIT, "POST", "api/statements", "text/plain", "hello", 415, "unsupported-media-type",
                "statement as text");
        on.bad(Server.CREDIT, "api/statements", "{\"cardNumber\":4111111111111111,\"password\":\"secret\"}", false,
                "cardNumber: must be a string, not a number", "statement: card number as a number");
        on.bad(Server.CREDIT, "api/statements", "{\"cardNumber\":\"4111111111111111\",\"password\":\"secret\","
                + "\"pin\":1}", false, "unknown field \"pin\"", "statement: an unknown field");
        on.bad(Server.SHIPPING, "api/operator/shipments/" + shippingId + "/status", "{\"status\":3}", true,
                "status: must be one of", "shipment status as a number");
        on.bad(Server.SHIPPING, "api/operator/shipments/" + shippingId + "/status", "{\"status\":\"FLYING\"}", true,
                "status: must be one of", "unknown shipment status");
        return on.refusals;
    }

    private void add(Server server, String method, String path, String contentType, String body, int status,
                     String type, String description) {
        boolean operator = method.equals("PUT") && path.startsWith("api/products");
        refusals.add(new Refusal(server.id() + ": " + description, server, method, path, contentType, body, operator,
                status, type, null));
    }

    private void bad(Server server, String path, String body, boolean asOperator, String detail, String description) {
        refusals.add(new Refusal(server.id() + ": " + description, server, asOperator && path.contains("products")
                ? "PUT" : "POST", path, JSON, body, asOperator, 400, "malformed-body", detail));
    }
}
