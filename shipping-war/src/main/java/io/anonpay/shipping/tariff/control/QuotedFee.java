package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.problem.ProblemException;

/**
 * The fee the mall quoted in its instructions, checked against the tariff they name: the credit company holds
 * exactly that fee for this company, so a parcel whose fee the tariff does not give is refused rather than carried
 * for another price.
 */
public final class QuotedFee {

    private QuotedFee() {
    }

    /**
     * @return the fee, the quoted one and the tariff's alike
     * @throws ProblemException {@code volume-exceeds-tariff} (422) for a parcel the tariff does not carry,
     *                          {@code fee-mismatch} (422) for any other fee than the tariff's for the volume
     */
    public static Money check(Tariff tariff, ShippingVolume volume, Money quoted) {
        if (!tariff.carries(volume)) {
            throw new ProblemException("volume-exceeds-tariff", "Parcel too large", 422,
                    "a shipping volume of " + volume.cubicCentimeters() + " cm³ exceeds the maximum of tariff "
                            + tariff.version() + ", " + tariff.maximumCubicCentimeters() + " cm³");
        }
        Money fee = tariff.fee(volume);
        if (!fee.equals(quoted)) {
            throw new ProblemException("fee-mismatch", "Fee mismatch", 422,
                    "the instructions quote a fee of " + quoted.amount() + " " + quoted.currency() + "; tariff "
                            + tariff.version() + " charges " + fee.amount() + " " + fee.currency() + " for "
                            + volume.cubicCentimeters() + " cm³");
        }
        return fee;
    }

    /** Instructions that name a tariff version this company never published. */
    public static ProblemException unknownTariff(String version) {
        return new ProblemException("unknown-tariff", "Unknown tariff", 422,
                "this shipping company never published a tariff " + version + "; ask the shop for new instructions");
    }
}
