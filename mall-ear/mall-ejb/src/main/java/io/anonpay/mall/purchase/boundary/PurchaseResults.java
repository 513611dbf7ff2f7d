package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.mall.delivery.boundary.NotAppliedYetException;
import io.anonpay.mall.delivery.boundary.RejectedMessageException;
import io.anonpay.mall.purchase.control.PaymentRequestOutbox;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.RefusedMove;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Applies what the credit and shipping companies report (claims 2 and 7, docs/claims.md), exactly once: the
 * purchase row is locked and the purchase decides whether the report moves it ({@link Purchase}), so a
 * redelivered or duplicated message is harmless. What the purchase asks of a credit company in that step (a
 * capture, a void, a refund) is recorded and put in the outbox in the same transaction. What the purchase refuses
 * is rejected to the dead letters; what the database does not take now is tried again
 * ({@link NotAppliedYetException}).
 */
@Stateless
public class PurchaseResults {

    private static final Logger LOG = Logger.getLogger(PurchaseResults.class.getName());

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    PaymentRequestOutbox outbox;

    @Inject
    @ConfigProperty(name = "anonpay.mall.refund-on-return", defaultValue = "true")
    boolean refundOnReturn;

    public void apply(SettlementResult result) {
        move(result.purchaseId(), purchase -> {
            if (!purchase.sum().toContract().equals(result.paymentSum())) {
                throw new RejectedMessageException("settlement result for " + Purchase.shortId(result.purchaseId())
                        + " carries another sum than the purchase");
            }
            Instant now = Instant.now();
            if (result.outcome() == SettlementResult.Outcome.APPROVED) {
                return purchase.approve(result.creditCompany(), result.settlementId(), now);
            }
            purchase.decline(result.creditCompany(), result.declineReason().name(), now);
            return List.of();
        });
    }

    public void apply(ShippingReceipt receipt) {
        move(receipt.purchaseId(), purchase -> purchase.ship(receipt.shippingCompany(), receipt.shippingId(),
                receipt.status(), refundOnReturn, Instant.now()));
    }

    public void apply(PaymentUpdate update) {
        move(update.purchaseId(), purchase -> purchase.follow(update, Instant.now()));
    }

    private Optional<Purchase> locked(String purchaseId) {
        try {
            return em.createNamedQuery(Purchase.BY_KEY, Purchase.class)
                    .setParameter("key", PurchaseKey.of(purchaseId).bytes())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst();
        } catch (PersistenceException busy) {
            throw new NotAppliedYetException(busy);
        }
    }

    private void move(String purchaseId, Function<Purchase, List<PaymentRequestEntry>> report) {
        Purchase purchase = locked(purchaseId)
                .orElseThrow(() -> new RejectedMessageException("no purchase " + Purchase.shortId(purchaseId)));
        LOG.fine(() -> "applying to " + Purchase.shortId(purchaseId));
        try {
            outbox.send(report.apply(purchase));
            em.flush();
        } catch (RefusedMove refused) {
            throw new RejectedMessageException(refused.getMessage());
        } catch (PersistenceException refused) {
            throw new NotAppliedYetException(refused);
        }
    }
}
