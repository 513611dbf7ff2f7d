package io.anonpay.credit.outbox;

import io.anonpay.common.outbox.OutboxAppended;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Once a settlement's transaction has committed, and only then, asks the relay to send its result at once. */
@ApplicationScoped
public class RelayTrigger {

    @EJB
    RelayTimer relayTimer;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        relayTimer.relaySoon();
    }
}
