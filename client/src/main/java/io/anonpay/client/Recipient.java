package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Who receives the parcel. Only the shipping company ever gets this: the mall and the credit company never do.
 * The shipping company refuses unknown fields, so only its six are sent, phone only when given.
 */
record Recipient(String name, String street, String postalCode, String city, String country, String phone) {

    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", name).add("street", street).add("postalCode", postalCode)
                .add("city", city).add("country", country);
        if (phone != null && !phone.isBlank()) {
            json.add("phone", phone);
        }
        return json.build();
    }

    /** Never in logs or output by accident. */
    @Override
    public String toString() {
        return "Recipient[redacted]";
    }
}
