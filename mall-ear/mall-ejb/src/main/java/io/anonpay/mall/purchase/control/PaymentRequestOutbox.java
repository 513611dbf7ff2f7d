package io.anonpay.mall.purchase.control;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.common.outbox.OutboxAppended;
import io.anonpay.mall.platform.MallContracts;
import io.anonpay.mall.platform.MallDatabase;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Records each payment request a purchase made and writes it, signed for the credit company it is addressed to,
 * into the outbox, keyed by the purchase id: both in the caller's transaction, so a request is sent if and only if
 * the step that made it commits. The event lets the relay send it as soon as that commit is done.
 */
@ApplicationScoped
public class PaymentRequestOutbox {

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @EJB
    MallDatabase database;

    @Inject
    MallContracts contracts;

    @Inject
    Event<OutboxAppended> appended;

    public void send(List<PaymentRequestEntry> requests) {
        for (PaymentRequestEntry request : requests) {
            em.persist(request);
            String jws = contracts.sign(request.toContract(contracts.self()));
            Outbox.append(database.dataSource(), appended, Queues.paymentRequestsOf(request.creditCompany()),
                    request.purchase().purchaseId(), jws);
        }
    }
}
