package io.anonpay.shipping.outbox;

import io.anonpay.common.outbox.OutboxAppended;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Once the transaction of a receipt or a fee claim has committed, and only then, asks the relay to send it without
 * waiting a tick.
 */
@ApplicationScoped
public class RelayTrigger {

    @EJB
    RelayTimer relayTimer;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        relayTimer.relaySoon();
    }
}
