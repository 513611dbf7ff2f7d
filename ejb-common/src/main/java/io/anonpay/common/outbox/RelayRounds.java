package io.anonpay.common.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way every server drives its {@link OutboxRelay}, from a periodic sweep and from an after-commit
 * trigger alike: one round at a time, and a request that arrives during a round makes that round go on, so
 * nothing committed waits for the next sweep. A round is bounded, so a huge backlog cannot hold a timer thread
 * forever, and a failure never escapes: it is logged and the next request or sweep tries again.
 */
public final class RelayRounds {

    /** Bounds one round (100 messages a batch). */
    static final int MAX_BATCHES_PER_ROUND = 50;
    private static final Logger LOG = Logger.getLogger(RelayRounds.class.getName());

    private final Batches relay;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    public RelayRounds(OutboxRelay relay) {
        this(relay::relayDue);
    }

    RelayRounds(Batches relay) {
        this.relay = relay;
    }

    /** Relays what is due, or, when a round is already running, asks it to look again before it ends. */
    public void request() {
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (requested.getAndSet(false)) {
                drain();
            }
        } finally {
            running.set(false);
        }
    }

    private void drain() {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
                if (relay.relayDue() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay round failed; the next round tries again: " + e.getMessage(), e);
        }
    }

    /** One batch of the relay: how many messages it sent, 0 when nothing was due or the broker is away. */
    @FunctionalInterface
    interface Batches {
        int relayDue();
    }
}
