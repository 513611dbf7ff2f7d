package io.anonpay.mall.purchase.control;

import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.party.PartnerTariffs;
import io.anonpay.common.party.QuotedFees;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.ShippingTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Prices a parcel with the tariff its shipping company publishes now, signed (claim 6): the mall computes the fee
 * the way the credit company will check it, from the same version of the same terms. A tariff in another currency
 * than the purchase's cannot be paid with it, since one card holds both; a parcel the tariff does not carry cannot
 * be shipped with that company.
 */
@ApplicationScoped
public class ShippingFees {

    @Inject
    PartnerTariffs tariffs;

    /**
     * @throws ProblemException {@code unknown-shipping-company} (400), {@code tariff-not-verified} (422),
     *                          {@code tariff-unavailable} (503) from {@link PartnerTariffs#current(String)}, and
     *                          those of {@link #terms(Tariff, Money, long)}
     */
    public ShippingTerms price(String shippingCompany, Money sum, long volumeCubicCm) {
        return terms(tariffs.current(shippingCompany), sum, volumeCubicCm);
    }

    /**
     * @throws ProblemException {@code tariff-currency-mismatch} (422) for a tariff in another currency than the sum,
     *                          {@code volume-exceeds-tariff} (422) for a parcel larger than the tariff carries
     */
    public static ShippingTerms terms(Tariff tariff, Money sum, long volumeCubicCm) {
        if (!tariff.currency().equals(sum.currency())) {
            throw new ProblemException("tariff-currency-mismatch", "Tariff in another currency", 422,
                    tariff.shippingCompany() + " prices parcels in " + tariff.currency() + " and this purchase is in "
                            + sum.currency() + ": one card pays both, so choose a shipping company that charges in "
                            + sum.currency());
        }
        return new ShippingTerms(tariff.shippingCompany(),
                Money.of(QuotedFees.fee(tariff, new ShippingVolume(volumeCubicCm))), tariff.version());
    }
}
