package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.audit.OperatorAudit;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.control.PaymentRequestOutbox;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.RefusedMove;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the buyer and the operator do to a purchase's payment: cancel it before it ships, refund what was captured,
 * and (the operator) see the requests sent about it. Each locks the purchase row, lets the purchase decide, and
 * records and puts in the outbox what it asks of the credit company, in one transaction.
 */
@Stateless
public class PurchasePayments {

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    PaymentRequestOutbox outbox;

    @Inject
    OperatorAudit audit;

    public Purchase cancel(String purchaseId, RequestedBy who) {
        Purchase purchase = locked(purchaseId);
        outbox.send(decide(() -> purchase.cancel(who, now())));
        audit.succeeded();
        return purchase;
    }

    /** The operator's refund of {@code amount}; the reason stays at the mall. */
    public PaymentRequestEntry refund(String purchaseId, Money amount, String reason) {
        Purchase purchase = locked(purchaseId);
        PaymentRequestEntry refund = decide(() -> purchase.refund(amount, reason, now()));
        outbox.send(List.of(refund));
        audit.succeeded();
        return refund;
    }

    public List<PaymentRequestEntry> requests(String purchaseId) {
        return List.copyOf(find(purchaseId, LockModeType.NONE).requests());
    }

    private Purchase locked(String purchaseId) {
        return find(purchaseId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Purchase find(String purchaseId, LockModeType lock) {
        return em.createNamedQuery(Purchase.BY_KEY, Purchase.class)
                .setParameter("key", PurchaseKey.of(purchaseId).bytes())
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("purchase", "no purchase has this purchase identifier"));
    }

    private static <T> T decide(Supplier<T> step) {
        try {
            return step.get();
        } catch (RefusedMove refused) {
            throw RefusedMoves.problem(refused);
        }
    }

    /** As PostgreSQL keeps it: an answer and every later reading of it show the same instant. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
