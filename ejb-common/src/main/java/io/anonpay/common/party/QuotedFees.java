package io.anonpay.common.party;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;

/**
 * A shipping fee by a shipping company's tariff, as the three parties compute and check it (claim 6): the mall prices
 * a parcel with it, and the credit company and the shipping company check the fee the mall's instructions quote, so
 * all three refuse a parcel or a fee in the same words.
 */
public final class QuotedFees {

    private QuotedFees() {
    }

    /**
     * The tariff's fee for a parcel of {@code volume}.
     *
     * @throws ProblemException {@code volume-exceeds-tariff} (422) for a parcel the tariff does not carry
     */
    public static Money fee(Tariff tariff, ShippingVolume volume) {
        if (!tariff.carries(volume)) {
            throw new ProblemException("volume-exceeds-tariff", "Parcel too large", 422, "tariff " + tariff.version()
                    + " of " + tariff.shippingCompany() + " carries parcels of up to "
                    + tariff.maximumCubicCentimeters() + " cm³; this one is " + volume.cubicCentimeters() + " cm³");
        }
        return tariff.fee(volume);
    }

    /**
     * The quoted fee, when it is the tariff's for the volume.
     *
     * @throws ProblemException {@code volume-exceeds-tariff} (422) as {@link #fee}, {@code fee-mismatch} (422) for
     *                          any other fee than the tariff's
     */
    public static Money check(Tariff tariff, ShippingVolume volume, Money quoted) {
        Money fee = fee(tariff, volume);
        if (!fee.equals(quoted)) {
            throw new ProblemException("fee-mismatch", "Fee mismatch", 422, "the instructions quote a shipping fee of "
                    + quoted.amount() + " " + quoted.currency() + "; tariff " + tariff.version() + " of "
                    + tariff.shippingCompany() + " asks " + fee.amount() + " " + fee.currency() + " for "
                    + volume.cubicCentimeters() + " cm³");
        }
        return fee;
    }
}
