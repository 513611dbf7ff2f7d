package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.delivery.Delivery;
import io.anonpay.it.BrokerClient;
import org.apache.activemq.broker.BrokerRegistry;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.command.ActiveMQQueue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A queue the credit company under test consumes, as its partners' relays send to it, and its dead letters: the
 * mall's payment requests and the shipping companies' fee claims. The test run's broker lives in this JVM
 * (it-support), so a test can ask it whether the credit company consumed everything.
 */
final class CreditQueue {

    static final CreditQueue REQUESTS = new CreditQueue(Queues.paymentRequestsOf(ActingMall.CREDIT));
    static final CreditQueue FEE_CLAIMS = new CreditQueue(Queues.feeClaimsOf(ActingMall.CREDIT));

    private final String queue;

    private CreditQueue(String queue) {
        this.queue = queue;
    }

    void send(String jws) {
        BrokerClient.send(queue, jws);
    }

    /**
     * Waits until no message is left on the queue, in flight to the credit company's consumers included: each was
     * applied (and committed), refused to the dead letters, or is being tried again.
     */
    void awaitConsumed(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (pending() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(pending() + " message(s) still on " + queue + " after " + patience);
            }
            Thread.sleep(100);
        }
    }

    /** The dead letter carrying exactly {@code jws}, once it is there. */
    Optional<BrokerClient.Letter> deadLetter(String jws, Duration patience) {
        return BrokerClient.findLetter(Delivery.deadLettersOf(queue), jws::equals, patience);
    }

    private long pending() throws Exception {
        BrokerService broker = BrokerRegistry.getInstance().lookup("anonpay");
        return broker.getDestination(new ActiveMQQueue(queue)).getDestinationStatistics().getMessages().getCount();
    }
}
