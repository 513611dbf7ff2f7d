package io.anonpay.shipping.shipment.boundary;

import io.anonpay.shipping.shipment.entity.DeliveryAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the buyer brings: the mall's signed instructions (compact JWS) and the delivery data. There is no field for
 * what is in the parcel, and unknown fields are refused (see io.anonpay.common.json.StrictJson).
 */
public record ShipmentRequest(
        @NotBlank(message = "must be the shipping instructions the mall signed (a compact JWS)")
        @Size(max = 16384) String instructions,
        @NotNull @Valid Recipient recipient) {
    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public ShipmentRequest(String instructions, Recipient recipient) {
        this.instructions = instructions;
        this.recipient = recipient;
    }

    public record Recipient(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
                    message = "must be letters, digits, spaces or hyphens") String postalCode,
            @NotBlank @Size(max = 100) String city,
            @NotNull @CountryCode String country,
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()/-]{4,31}",
                    message = "must be a phone number: digits, spaces, + ( ) / -") String phone) {

        /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
        public Recipient(String name, String street, String postalCode, String city, String country, String phone) {
            this.name = name;
            this.street = street;
            this.postalCode = postalCode;
            this.city = city;
            this.country = country;
            this.phone = phone;
        }

        DeliveryAddress address() {
            return new DeliveryAddress(street.strip(), postalCode.strip(), city.strip(), country,
                    phone == null || phone.isBlank() ? null : phone.strip());
        }

        String cleanName() {
            return name.strip();
        }

        /** The name and address are the buyer's: never in logs or error messages. */
        @Override
        public String toString() {
            return "Recipient[redacted]";
        }
    }
}
