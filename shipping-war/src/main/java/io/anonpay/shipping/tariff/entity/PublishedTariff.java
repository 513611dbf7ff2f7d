package io.anonpay.shipping.tariff.entity;

import io.anonpay.common.contract.Tariff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A tariff this company has published, as the {@code tariff} table keeps it. Rows are only ever inserted (see
 * {@code PublishedTariffs}), never changed: the version is the terms' own digest, and reading a row checks that
 * it still is.
 */
@Entity
@Table(name = "tariff")
public class PublishedTariff {

    @Id
    @Column(length = 17)
    private String version;

    @Column(name = "shipping_company", nullable = false)
    private String shippingCompany;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "base_fee", nullable = false)
    private long baseFee;

    @Column(name = "per_kilogram", nullable = false)
    private long perKilogram;

    @Column(name = "cubic_cm_per_kilogram", nullable = false)
    private long cubicCentimetersPerKilogram;

    @Column(name = "minimum_kilograms", nullable = false)
    private long minimumKilograms;

    @Column(name = "maximum_cubic_cm", nullable = false)
    private long maximumCubicCentimeters;

    @Column(name = "published_at", nullable = false, insertable = false, updatable = false)
    private Instant publishedAt;

    protected PublishedTariff() {
    }

    /** For tests: a row as the table would give it back. */
    PublishedTariff(String version, Tariff terms) {
        this.version = version;
        this.shippingCompany = terms.shippingCompany();
        this.currency = terms.currency();
        this.baseFee = terms.baseFee();
        this.perKilogram = terms.perKilogram();
        this.cubicCentimetersPerKilogram = terms.cubicCentimetersPerKilogram();
        this.minimumKilograms = terms.minimumKilograms();
        this.maximumCubicCentimeters = terms.maximumCubicCentimeters();
    }

    /** @throws IllegalStateException when the row's terms are not those of its version (it was altered) */
    public Tariff terms() {
        Tariff terms = new Tariff(shippingCompany, currency.strip(), baseFee, perKilogram, cubicCentimetersPerKilogram,
                minimumKilograms, maximumCubicCentimeters);
        if (!terms.version().equals(version)) {
            throw new IllegalStateException("the stored terms of tariff " + version + " are those of "
                    + terms.version() + ": the tariff table was altered");
        }
        return terms;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
