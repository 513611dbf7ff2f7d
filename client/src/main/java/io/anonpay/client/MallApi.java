package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.util.List;

/** The mall's API below its base URL (DESIGN.md §6). Bodies are returned as the mall sent them. */
final class MallApi {

    private final HttpJson http;
    private final URI base;

    MallApi(HttpJson http, URI base) {
        this.http = http;
        this.base = base;
    }

    URI base() {
        return base;
    }

    JsonArray products() {
        return JsonSupport.asArray(http.get(api("products"), "the mall (list products)"), "the mall");
    }

    JsonObject createPurchase(List<ProductOrder> orders) {
        var items = Json.createArrayBuilder();
        orders.forEach(order -> items.add(Json.createObjectBuilder()
                .add("productId", order.productId()).add("quantity", order.quantity())));
        JsonObject body = Json.createObjectBuilder().add("items", items).build();
        return JsonSupport.asObject(http.post(api("purchases"), body, "the mall (buy)"), "the mall");
    }

    JsonObject purchase(String purchaseId) {
        return JsonSupport.asObject(http.get(purchaseApi(purchaseId, ""), "the mall (show purchase)"), "the mall");
    }

    /** The purchase as the mall shows it once cancelled. */
    JsonObject cancel(String purchaseId) {
        return JsonSupport.asObject(http.post(purchaseApi(purchaseId, "/cancellation"), JsonValue.EMPTY_JSON_OBJECT,
                "the mall (cancel purchase)"), "the mall");
    }

    /**
     * Designates both companies, which prices the shipping.
     *
     * @return {company, companyName, instructions (JWS), expiresAt, page, api,
     *         shipping: {company, companyName, fee, tariffVersion}, total}
     */
    JsonObject paymentInstructions(String purchaseId, String creditCompany, String shippingCompany) {
        JsonObject body = Json.createObjectBuilder().add("company", creditCompany)
                .add("shippingCompany", shippingCompany).build();
        return designate(purchaseId, "/payment-instructions", body, "the mall (payment instructions)");
    }

    /** Only for the shipping company the purchase was priced for. */
    JsonObject shippingInstructions(String purchaseId, String shippingCompany) {
        JsonObject body = Json.createObjectBuilder().add("company", shippingCompany).build();
        return designate(purchaseId, "/shipping-instructions", body, "the mall (shipping instructions)");
    }

    /** [{id, name, site, keys}] */
    JsonArray creditCompanies() {
        return JsonSupport.asArray(http.get(api("credit-companies"), "the mall (list credit companies)"), "the mall");
    }

    JsonArray shippingCompanies() {
        return JsonSupport.asArray(http.get(api("shipping-companies"), "the mall (list shipping companies)"),
                "the mall");
    }

    private JsonObject designate(String purchaseId, String what, JsonObject body, String description) {
        return JsonSupport.asObject(http.post(purchaseApi(purchaseId, what), body, description), "the mall");
    }

    private URI purchaseApi(String purchaseId, String suffix) {
        return api("purchases/" + Urls.segment(purchaseId) + suffix);
    }

    private URI api(String path) {
        return Urls.resolve(base, "api/" + path);
    }

    /** The company with this id, or the first the mall lists when id is null. */
    static JsonObject company(JsonArray companies, String id, String kind) {
        List<JsonObject> listed = companies.stream().filter(JsonObject.class::isInstance)
                .map(JsonValue::asJsonObject).toList();
        if (listed.isEmpty()) {
            throw ClientFailure.refused("the mall lists no " + kind + " company");
        }
        if (id == null) {
            return listed.get(0);
        }
        return listed.stream().filter(c -> id.equals(JsonSupport.string(c, "id"))).findFirst()
                .orElseThrow(() -> ClientFailure.refused("the mall does not deal with a " + kind + " company '" + id
                        + "'; it lists: " + String.join(", ",
                        listed.stream().map(c -> JsonSupport.string(c, "id")).toList())));
    }
}
