package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Tariff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tariff this company publishes now, from its configuration ({@code anonpay.shipping.tariff.*}, defaults in
 * microprofile-config.properties) and its party id. Terms a tariff cannot have (a negative fee, no currency) fail
 * the deployment rather than the first parcel.
 */
@ApplicationScoped
public class OwnTariff {

    @Inject
    @ConfigProperty(name = "anonpay.party.id")
    String shippingCompany;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.currency")
    String currency;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.base-fee")
    long baseFee;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.per-kilogram")
    long perKilogram;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.cubic-centimeters-per-kilogram")
    long cubicCentimetersPerKilogram;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.minimum-kilograms")
    long minimumKilograms;

    @Inject
    @ConfigProperty(name = "anonpay.shipping.tariff.maximum-cubic-centimeters")
    long maximumCubicCentimeters;

    private Tariff current;

    @PostConstruct
    void read() {
        current = new Tariff(shippingCompany, currency.strip(), baseFee, perKilogram, cubicCentimetersPerKilogram,
                minimumKilograms, maximumCubicCentimeters);
    }

    public Tariff current() {
        return current;
    }
}
