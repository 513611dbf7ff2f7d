package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.party.PartnerTariffs;
import io.anonpay.common.problem.ProblemException;
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
        String company = instructions.shippingCompany();
        Tariff tariff = tariffs.version(company, instructions.tariffVersion());
        ShippingVolume volume = instructions.shippingVolume();
        if (!tariff.carries(volume)) {
            throw new ProblemException("volume-exceeds-tariff", "Volume exceeds the tariff", 422, "tariff "
                    + tariff.version() + " of " + company + " carries at most " + tariff.maximumCubicCentimeters()
                    + " cm³, the parcel has " + volume.cubicCentimeters() + " cm³");
        }
        Money due = tariff.fee(volume);
        Money signed = instructions.shippingFee();
        if (!due.equals(signed)) {
            throw new ProblemException("fee-mismatch", "Fee mismatch", 422, "the instructions carry a shipping fee of "
                    + signed.amount() + " " + signed.currency() + "; tariff " + tariff.version() + " of " + company
                    + " asks " + due.amount() + " " + due.currency() + " for " + volume.cubicCentimeters() + " cm³");
        }
    }
}
