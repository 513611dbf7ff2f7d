package io.anonpay.systemtests.reliability;

import io.anonpay.common.validation.Luhn;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API answers alike on every runtime (issue 16): the same requests — the catalog, a purchase and its payment
 * instructions, the partners' keys and tariff, and the refusals of bad input, unknown paths and products, a wrong
 * method and a missing or wrong operator credential — to two systems, and their answers compared: the status, the
 * media type, and the JSON body field by field, down to each value's JSON type and the spelling of each number
 * ({@code 2500}, {@code 2500.0} and {@code "2500"} differ). Two rules, and only these, cover what legitimately differs
 * between two systems: the fields named in {@link #BY_FORM} are compared by their form, not their value; and in every
 * string, each system's own values — its servers' base URLs (their ports), the purchase id and the instructions it
 * issued, as they are and URL-encoded — are replaced by their names, so that a page URL is still compared whole.
 */
final class SameAnswers {

    /** Ids, public keys, times and signatures: each system's own; their form must still agree. */
    static final Set<String> BY_FORM = Set.of("id", "kid", "x", "createdAt", "payableUntil", "expiresAt", "signed");

    private static final String JSON = "application/json";
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");

    private SameAnswers() {
    }

    /**
     * What one system answered to each request, by the request's name, in the order asked (a purchase before its
     * instructions); and the system's own values, each with the name it is replaced by.
     */
    record Answers(Map<String, Reply> replies, Map<String, String> own) {
    }

    /** Asks one system every request. */
    static Answers askedOf(AnonpaySystem system) {
        Api api = new Api(system);
        Map<String, Reply> answers = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        for (Server server : Server.values()) {
            ownValue(own, system.baseUrl(server), "‹" + server.id() + " base URL›");
        }
        Reply catalog = api.get(Server.MALL, "api/products");
        answers.put("the catalog", catalog);
        long teapot = catalog.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(product -> product.getString("name").equals("Teapot")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo Teapot in " + catalog)).getJsonNumber("id").longValue();
        answers.put("a product", api.get(Server.MALL, "api/products/" + teapot));
        answers.put("an unknown product", api.get(Server.MALL, "api/products/987654321"));
        answers.put("malformed JSON", api.send(Server.MALL, "POST", "api/purchases", JSON,
                Api.bytes("{\"items\":[{\"productId\":" + teapot + ","), null));
        answers.put("a quantity as a string", api.send(Server.MALL, "POST", "api/purchases", JSON,
                Api.bytes("{\"items\":[{\"productId\":" + teapot + ",\"quantity\":\"2\"}]}"), null));
        answers.put("an unknown path", api.get(Server.MALL, "api/nope"));
        answers.put("a path outside every context", api.get(Server.MALL, "../outside-every-context"));
        answers.put("the platform's metrics at the root", api.get(Server.CREDIT, "../metrics"));
        answers.put("a wrong method", api.send(Server.MALL, "DELETE", "api/keys", null, null, null));
        answers.put("the operator API without a credential",
                api.send(Server.MALL, "GET", "api/operator/packing-list", null, null, null));
        answers.put("the operator API with a wrong credential", api.send(Server.MALL, "GET",
                "api/operator/packing-list", null, null, Api.basic(system.operator().user(), "not the password")));
        answers.put("issuing a card without a credential", api.send(Server.CREDIT, "POST", "api/cards", JSON,
                Api.bytes("{\"customerName\":\"Nobody\",\"limit\":{\"amount\":100,\"currency\":\"EUR\"},"
                        + "\"password\":\"a password\"}"), null));
        Reply created = Api.expect(api.createPurchase(teapot, 2), 201, "creating a purchase");
        answers.put("a new purchase", created);
        String purchaseId = created.object().getString("purchaseId");
        ownValue(own, purchaseId, "‹purchase id›");
        answers.put("the purchase", api.purchase(purchaseId));
        Reply payment = Api.expect(api.instructions(purchaseId, "payment", Api.CREDIT_COMPANY), 200,
                "payment instructions");
        answers.put("payment instructions", payment);
        String instructions = payment.object().getString("instructions");
        ownValue(own, instructions, "‹instructions›");
        answers.put("the credit company's keys", api.get(Server.CREDIT, "api/keys"));
        answers.put("a payment with a malformed card number", api.post(Server.CREDIT, "api/settlements",
                Json.createObjectBuilder().add("instructions", instructions)
                        .add("cardNumber", "1234").add("password", "a password").build()));
        answers.put("the shipping tariff", api.get(Server.SHIPPING, "api/tariff"));
        answers.put("an unknown tracking number", api.get(Server.SHIPPING, "api/shipments/AP481516234200"
                + Luhn.checkDigit("481516234200")));
        return new Answers(answers, own);
    }

    private static void ownValue(Map<String, String> own, String value, String name) {
        own.put(value, name);
        own.put(URLEncoder.encode(value, StandardCharsets.UTF_8), name);
    }

    /**
     * Every difference between the answers of a reference system and another, one line each, naming the request
     * and the JSON path. The catalog of the reference (shared with other tests, which add products of their own) is
     * compared for the products the other one lists, by name: the demo catalog both were seeded with.
     */
    static List<String> differences(Answers reference, Answers other) {
        List<String> found = new ArrayList<>();
        for (var request : reference.replies().entrySet()) {
            String name = request.getKey();
            Reply want = request.getValue();
            Reply got = other.replies().get(name);
            if (want.status() != got.status()) {
                found.add(name + ": status " + want.status() + " vs " + got.status());
            }
            if (!mediaType(want).equals(mediaType(got))) {
                found.add(name + ": media type " + want.contentType() + " vs " + got.contentType());
            }
            JsonValue wantBody = normalised(reference, want);
            JsonValue gotBody = normalised(other, got);
            if (name.equals("the catalog")) {
                wantBody = sameNamesAs(wantBody, gotBody);
            }
            compare(name + ": $", wantBody, gotBody, found);
        }
        return found;
    }

    /** The media type alone: a charset parameter that differs is no difference when the JSON is the same. */
    private static String mediaType(Reply reply) {
        return reply.contentType().split(";")[0].strip().toLowerCase();
    }

    private static JsonValue normalised(Answers answers, Reply reply) {
        JsonValue body;
        try {
            body = reply.json();
        } catch (RuntimeException notJson) {
            return Json.createValue("not JSON: " + reply.body());
        }
        return normalised(answers.own(), body, false);
    }

    private static JsonValue normalised(Map<String, String> own, JsonValue value, boolean byForm) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                value.asJsonObject().forEach((field, member) ->
                        object.add(field, normalised(own, member, BY_FORM.contains(field))));
                yield object.build();
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                value.asJsonArray().forEach(element -> array.add(normalised(own, element, byForm)));
                yield array.build();
            }
            case NUMBER -> byForm ? Json.createValue(form((JsonNumber) value)) : value;
            case STRING -> byForm ? Json.createValue(form((JsonString) value))
                    : Json.createValue(named(own, ((JsonString) value).getString()));
            default -> value;
        };
    }

    private static String form(JsonNumber number) {
        int scale = number.bigDecimalValue().scale();
        return scale == 0 ? "‹integer›" : "‹number of scale " + scale + "›";
    }

    private static String form(JsonString string) {
        return INSTANT.matcher(string.getString()).matches() ? "‹instant›" : "‹string›";
    }

    private static String named(Map<String, String> own, String text) {
        for (var value : own.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    private static JsonValue sameNamesAs(JsonValue catalog, JsonValue other) {
        if (catalog.getValueType() != JsonValue.ValueType.ARRAY || other.getValueType() != JsonValue.ValueType.ARRAY) {
            return catalog;
        }
        Set<String> names = new TreeSet<>();
        other.asJsonArray().forEach(product -> names.add(product.asJsonObject().getString("name", "")));
        var array = Json.createArrayBuilder();
        catalog.asJsonArray().stream().filter(product -> names.contains(product.asJsonObject().getString("name", "")))
                .forEach(array::add);
        return array.build();
    }

    private static void compare(String path, JsonValue want, JsonValue got, List<String> found) {
        if (want.getValueType() != got.getValueType()) {
            found.add(path + ": " + want + " vs " + got);
        } else if (want instanceof JsonObject wantObject) {
            JsonObject gotObject = got.asJsonObject();
            Set<String> fields = new TreeSet<>(wantObject.keySet());
            fields.addAll(gotObject.keySet());
            for (String field : fields) {
                if (!wantObject.containsKey(field) || !gotObject.containsKey(field)) {
                    found.add(path + "." + field + ": " + wantObject.get(field) + " vs " + gotObject.get(field));
                } else {
                    compare(path + "." + field, wantObject.get(field), gotObject.get(field), found);
                }
            }
        } else if (want instanceof JsonArray wantArray) {
            JsonArray gotArray = got.asJsonArray();
            if (wantArray.size() != gotArray.size()) {
                found.add(path + ": " + wantArray.size() + " elements vs " + gotArray.size());
            }
            for (int i = 0; i < Math.min(wantArray.size(), gotArray.size()); i++) {
                compare(path + "[" + i + "]", wantArray.get(i), gotArray.get(i), found);
            }
        } else if (!want.toString().equals(got.toString())) {
            found.add(path + ": " + want + " vs " + got);
        }
    }
}
