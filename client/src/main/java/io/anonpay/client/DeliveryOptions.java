package io.anonpay.client;

import picocli.CommandLine.Option;

import java.util.Locale;

/** The delivery address. Only the shipping company receives it; it is not printed back. */
final class DeliveryOptions {

    @Option(names = "--name", paramLabel = "NAME", required = true,
            description = "Who receives the parcel. The shipping company seals it so that only your credit company "
                    + "could read it.")
    String name;

    @Option(names = "--street", paramLabel = "STREET", required = true, description = "Street and house number.")
    String street;

    @Option(names = "--postal-code", paramLabel = "CODE", required = true, description = "Postal code, e.g. 10115.")
    String postalCode;

    @Option(names = "--city", paramLabel = "CITY", required = true, description = "City.")
    String city;

    @Option(names = "--country", paramLabel = "CC", required = true,
            description = "Two-letter country code (ISO 3166-1), e.g. DE, FI, US.")
    String country;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Phone number for the courier (optional).")
    String phone;

    Recipient recipient() {
        return new Recipient(name.strip(), street.strip(), postalCode.strip(), city.strip(),
                country.strip().toUpperCase(Locale.ROOT), phone == null ? null : phone.strip());
    }
}
