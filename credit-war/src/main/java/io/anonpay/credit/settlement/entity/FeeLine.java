package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.ShippingVolume;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * The shipping line of a payment: the fee the mall's instructions carried for the shipping company they name, the
 * parcel's volume and the tariff version it was priced by (checked against that company's signed tariff before
 * anything was held), and where the fee stands ({@link FeeState}; none for a declined settlement, which keeps the
 * terms it was declined for). Its currency is the sum's. Of the recipient it keeps only whether the name sealed in
 * the fee claim is the cardholder's. A settlement made before fees has no fee line (all columns null).
 */
@Embeddable
public class FeeLine {

    @Column(name = "shipping_company", length = 200)
    private String shippingCompany;

    /** In cm³. */
    @Column(name = "shipping_volume")
    private long shippingVolume;

    /** In minor units of the settlement's currency. */
    @Column(name = "fee_amount")
    private long fee;

    @Column(name = "tariff_version", length = 17)
    private String tariffVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_state", length = 16)
    private FeeState state;

    @Column(name = "recipient_matched")
    private Boolean recipientMatched;

    protected FeeLine() {
    }

    private FeeLine(String shippingCompany, long shippingVolume, long fee, String tariffVersion) {
        this.shippingCompany = Objects.requireNonNull(shippingCompany);
        this.shippingVolume = shippingVolume;
        this.fee = fee;
        this.tariffVersion = Objects.requireNonNull(tariffVersion);
    }

    /** The shipping terms of verified instructions whose fee was checked; nothing held yet. */
    public static FeeLine of(PaymentInstructions instructions) {
        return new FeeLine(instructions.shippingCompany(), instructions.shippingVolume().cubicCentimeters(),
                instructions.shippingFee().amount(), instructions.tariffVersion());
    }

    void hold() {
        if (state != null) {
            throw new IllegalStateException("a fee line is held once, when its payment is approved");
        }
        state = FeeState.HELD;
    }

    void claim(boolean recipientIsCardholder) {
        moveTo(FeeState.CLAIMED);
        recipientMatched = recipientIsCardholder;
    }

    void release() {
        moveTo(FeeState.RELEASED);
    }

    private void moveTo(FeeState next) {
        if (state == null || !state.mayMoveTo(next)) {
            throw new IllegalStateException("a fee line " + state + " cannot become " + next);
        }
        state = next;
    }

    long amount() {
        return fee;
    }

    public String shippingCompany() {
        return shippingCompany;
    }

    public ShippingVolume shippingVolume() {
        return new ShippingVolume(shippingVolume);
    }

    public String tariffVersion() {
        return tariffVersion;
    }

    /** Null for a declined settlement: nothing was held. */
    public FeeState state() {
        return state;
    }

    /** Whether the sealed recipient name of the fee claim is the cardholder's; null until the fee is claimed. */
    public Boolean recipientMatched() {
        return recipientMatched;
    }
}
