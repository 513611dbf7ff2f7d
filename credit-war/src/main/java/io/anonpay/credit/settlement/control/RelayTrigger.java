package io.anonpay.credit.settlement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Once a settlement has committed, and only then, asks the relay to send its result without waiting a tick. */
@ApplicationScoped
public class RelayTrigger {

    @Inject
    ResultRelay relay;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettlementRecorded settled) {
        relay.relaySoon();
    }
}
