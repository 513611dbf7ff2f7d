package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.party.PartnerTariffs;
import io.anonpay.common.party.QuotedFees;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claim 6: the shipping fee the mall signed is the one the named shipping company's signed tariff asks for the
 * parcel's volume, by the tariff version the mall priced it with. Checked before anything is locked or held, so a
 * fee that does not hold is a problem and changes nothing: {@code fee-mismatch} 422, {@code volume-exceeds-tariff}
 * 422; and {@link PartnerTariffs}' own, which pass through: {@code unknown-shipping-company} 400,
 * {@code tariff-not-verified} 422, {@code tariff-unavailable} 503 with Retry-After.
 */
@ApplicationScoped
public class ShippingFees {

    @Inject
    PartnerTariffs tariffs;

    public void check(PaymentInstructions instructions) {
        QuotedFees.check(tariffs.version(instructions.shippingCompany(), instructions.tariffVersion()),
                instructions.shippingVolume(), instructions.shippingFee());
    }
}
