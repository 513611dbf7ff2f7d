package io.anonpay.credit.payment.boundary;

import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.delivery.boundary.RejectedMessageException;
import io.anonpay.credit.payment.control.LockedPayments;
import io.anonpay.credit.payment.control.PaymentSteps;
import io.anonpay.credit.settlement.entity.Move;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies the mall's verified requests, each exactly once, in one transaction: lock the payment's row, check that
 * the request may apply at all (else it is rejected to the dead letters and nothing changes), let the settlement
 * decide (applied, or refused with a reason the mall is told), then record the step, move the money and write the
 * update. A request id seen before changes nothing and sends nothing: the row lock orders concurrent twins, and
 * the step's unique request id stops the rest.
 */
@Stateless
public class PaymentRequests {

    private static final Logger LOG = Logger.getLogger(PaymentRequests.class.getName());

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    LockedPayments payments;

    @Inject
    PaymentSteps steps;

    public void apply(PaymentRequest request) {
        // PostgreSQL keeps microseconds: what the statement shows is what the update said
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String purchase = LockedPayments.shortId(request.purchaseId());
        Settlement settlement = payments.of(request.purchaseId())
                .orElseThrow(() -> new RejectedMessageException("no payment for purchase " + purchase));
        if (!settlement.mall().equals(request.mall())) {
            throw new RejectedMessageException(request.mall() + " asks about purchase " + purchase
                    + ", which another mall's instructions paid");
        }
        if (settlement.state() == null) {
            throw new RejectedMessageException("purchase " + purchase + " was declined: there is no payment");
        }
        Optional<PaymentStep> earlier = em.createNamedQuery(PaymentStep.BY_REQUEST, PaymentStep.class)
                .setParameter("requestId", request.requestId()).getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().settlement().id().equals(settlement.id())) {
                throw new RejectedMessageException("request " + request.requestId()
                        + " was applied to another purchase");
            }
            LOG.fine(() -> "request " + request.requestId() + " was applied before");
            return;
        }
        Money amount = Money.of(request.amount());
        Move move = switch (request.action()) {
            case CAPTURE -> settlement.capture(amount, now);
            case VOID -> settlement.voidHold(amount, now);
            case REFUND -> {
                if (!amount.sameCurrencyAs(settlement.sum())) {
                    throw new RejectedMessageException("a refund in " + amount.currency() + " of purchase "
                            + purchase + ", paid in " + settlement.sum().currency());
                }
                yield settlement.refund(amount, now);
            }
        };
        steps.record(settlement, move, request.requestId(), now);
    }
}
