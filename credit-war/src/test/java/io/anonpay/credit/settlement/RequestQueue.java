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
 * The credit company's queue of payment requests, as the mall's relay sends to it, and its dead letters. The test
 * run's broker lives in this JVM (it-support), so a test can ask it whether the credit company consumed everything.
 */
final class RequestQueue {

    static final String QUEUE = Queues.paymentRequestsOf(ActingMall.CREDIT);
    static final String DEAD_LETTERS = Delivery.deadLettersOf(QUEUE);

    private RequestQueue() {
    }

    static void send(String jws) {
        BrokerClient.send(QUEUE, jws);
    }

    /**
     * Waits until no message is left on the queue, in flight to the credit company's consumers included: each was
     * applied (and committed), refused to the dead letters, or is being tried again.
     */
    static void awaitConsumed(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (pending() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(pending() + " payment request(s) still on " + QUEUE + " after " + patience);
            }
            Thread.sleep(100);
        }
    }

    /** The dead letter carrying exactly {@code jws}, once it is there. */
    static Optional<BrokerClient.Letter> deadLetter(String jws, Duration patience) {
        return BrokerClient.findLetter(DEAD_LETTERS, jws::equals, patience);
    }

    private static long pending() throws Exception {
        BrokerService broker = BrokerRegistry.getInstance().lookup("anonpay");
        return broker.getDestination(new ActiveMQQueue(QUEUE)).getDestinationStatistics().getMessages().getCount();
    }
}
