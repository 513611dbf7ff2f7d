package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;

/**
 * The credit and shipping companies' APIs. The client never configures their addresses: the mall's instructions
 * carry the absolute URL to post to, and its company list carries each company's site.
 */
final class CompanyApis {

    private final HttpJson http;

    CompanyApis(HttpJson http) {
        this.http = http;
    }

    /**
     * POST api/settlements. The password goes into this one request body and nowhere else.
     *
     * @return {purchaseId, outcome, declineReason, passwordCheck, passwordMatched, paymentSum, finalOutcome, ...}
     */
    JsonObject settle(URI settlementsApi, String instructions, String cardNumber, String password, String company) {
        JsonObject body = Json.createObjectBuilder()
                .add("instructions", instructions)
                .add("cardNumber", cardNumber)
                .add("password", password)
                .build();
        return JsonSupport.asObject(http.post(settlementsApi, body, company + " (pay)"), company);
    }

    /** POST api/shipments: {shippingId, status, shippingVolume, paymentSum, fee, returnUrl} */
    JsonObject ship(URI shipmentsApi, String instructions, Recipient recipient, String company) {
        JsonObject body = Json.createObjectBuilder()
                .add("instructions", instructions)
                .add("recipient", recipient.toJson())
                .build();
        return JsonSupport.asObject(http.post(shipmentsApi, body, company + " (ship)"), company);
    }

    /** GET api/shipments/{shippingId} below the company's site. */
    JsonObject track(URI site, String shippingId, String company) {
        URI uri = Urls.resolve(site, "api/shipments/" + Urls.segment(shippingId));
        return JsonSupport.asObject(http.get(uri, company + " (track)"), company);
    }
}
