package io.anonpay.credit.fee.boundary;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.crypto.seal.SealingException;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.delivery.boundary.RejectedMessageException;
import io.anonpay.credit.fee.control.RecipientNames;
import io.anonpay.credit.payment.control.LockedPayments;
import io.anonpay.credit.payment.control.PaymentSteps;
import io.anonpay.credit.settlement.entity.FeeLine;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Applies the shipping companies' verified fee claims, once per payment, in one transaction: lock the payment's row,
 * check that the claim may apply at all (else it is rejected to the dead letters and nothing changes), open the
 * sealed recipient name and compare it with the cardholder's, then debit the fee, record the FEE_CLAIM step and keep
 * only whether the names matched. A fee already claimed changes nothing: the row lock orders concurrent twins, and
 * the one end a fee line may have (a unique index) stops the rest. The mall is told nothing: it does not track the
 * fee.
 */
@Stateless
public class FeeClaims {

    private static final Logger LOG = Logger.getLogger(FeeClaims.class.getName());

    @Inject
    LockedPayments payments;

    @Inject
    RecipientNames recipients;

    @Inject
    PaymentSteps steps;

    public void apply(FeeClaim claim) {
        // PostgreSQL keeps microseconds: what the statement shows is what was recorded
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String purchase = LockedPayments.shortId(claim.purchaseId());
        Settlement settlement = payments.of(claim.purchaseId())
                .orElseThrow(() -> new RejectedMessageException("no payment for purchase " + purchase));
        FeeLine line = heldLineOf(settlement, purchase);
        if (!line.shippingCompany().equals(claim.shippingCompany())) {
            throw new RejectedMessageException(claim.shippingCompany() + " claims the fee of purchase " + purchase
                    + ", which the instructions gave to another shipping company");
        }
        Money claimed = Money.of(claim.fee());
        Money fee = settlement.fee().orElseThrow();
        if (!claimed.equals(fee)) {
            throw new RejectedMessageException("a claim of " + claimed + " for purchase " + purchase
                    + ", whose fee is " + fee);
        }
        switch (line.state()) {
            case RELEASED -> throw new RejectedMessageException("the fee of purchase " + purchase
                    + " was released: the payment was voided or expired, or nobody claimed the fee in time");
            case CLAIMED -> {
                LOG.fine(() -> "the fee of purchase " + purchase + " was claimed before");
                return;
            }
            case HELD -> {
                // claimed below
            }
        }
        boolean cardholder;
        try {
            cardholder = recipients.isCardholder(claim.settlementId(), settlement.card().customer().name());
        } catch (SealingException unopened) {
            throw new RejectedMessageException("the sealed recipient name of purchase " + purchase
                    + " does not open: " + unopened.reason().code());
        }
        steps.recordFee(settlement, settlement.claimFee(cardholder, now), now);
    }

    /** The payment's fee line, which a claim may concern: a declined purchase or one paid before fees has none. */
    private static FeeLine heldLineOf(Settlement settlement, String purchase) {
        if (settlement.state() == null) {
            throw new RejectedMessageException("purchase " + purchase + " was declined: no fee is held");
        }
        if (settlement.feeLine() == null) {
            throw new RejectedMessageException("purchase " + purchase + " was paid before fees: no fee is held");
        }
        return settlement.feeLine();
    }
}
