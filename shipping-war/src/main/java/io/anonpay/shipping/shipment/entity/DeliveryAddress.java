package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Where the parcel goes. Only ever stored encrypted, as this JSON; never logged. */
public record DeliveryAddress(String street, String postalCode, String city, String country, String phone) {

    public String toJson() {
        JsonObjectBuilder json = Jsonp.object()
                .add("street", street).add("postalCode", postalCode).add("city", city).add("country", country);
        if (phone != null) {
            json.add("phone", phone);
        }
        return json.build().toString();
    }

    public static DeliveryAddress fromJson(String text) {
        try (var reader = Jsonp.reader(text)) {
            JsonObject json = reader.readObject();
            return new DeliveryAddress(json.getString("street"), json.getString("postalCode"),
                    json.getString("city"), json.getString("country"), json.getString("phone", null));
        }
    }

    /** Never printed by accident: an address in a log line would be a leak. */
    @Override
    public String toString() {
        return "DeliveryAddress[redacted]";
    }
}
