package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.shipping.tariff.entity.PublishedTariff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Every tariff this company has published, in its {@code tariff} table: instructions priced by an older tariff
 * stay payable after the price list changes. Publishing is an insert that leaves an existing version alone, so
 * instances starting together (or a restart) never fail on it nor change what was published.
 */
@ApplicationScoped
public class PublishedTariffs {

    @PersistenceContext(unitName = "shipping")
    EntityManager em;

    /**
     * Keeps {@code tariff} among the published ones, in the caller's transaction.
     *
     * @return whether it was new
     */
    public boolean publish(Tariff tariff) {
        return em.createNativeQuery("insert into tariff (version, shipping_company, currency, base_fee, per_kilogram,"
                        + " cubic_cm_per_kilogram, minimum_kilograms, maximum_cubic_cm)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (version) do nothing")
                .setParameter(1, tariff.version())
                .setParameter(2, tariff.shippingCompany())
                .setParameter(3, tariff.currency())
                .setParameter(4, tariff.baseFee())
                .setParameter(5, tariff.perKilogram())
                .setParameter(6, tariff.cubicCentimetersPerKilogram())
                .setParameter(7, tariff.minimumKilograms())
                .setParameter(8, tariff.maximumCubicCentimeters())
                .executeUpdate() == 1;
    }

    /**
     * The tariff that instructions name.
     *
     * @throws ProblemException {@code unknown-tariff} (422) for a version this company never published
     */
    public Tariff require(String version) {
        return find(version).orElseThrow(() -> new ProblemException("unknown-tariff", "Unknown tariff", 422,
                "this shipping company never published a tariff " + version + "; ask the shop for new instructions"));
    }

    /** The tariff of that version, if this company ever published it. */
    public Optional<Tariff> find(String version) {
        if (!Tariff.isVersion(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PublishedTariff.class, version)).map(PublishedTariff::terms);
    }
}
