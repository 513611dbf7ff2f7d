package io.anonpay.mall.outbox;

import io.anonpay.common.outbox.OutboxAppended;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Once a payment request's transaction has committed, and only then, asks the relay to send it at once. */
@ApplicationScoped
public class RelayTrigger {

    @EJB
    RelayTimer relayTimer;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        relayTimer.relaySoon();
    }
}
