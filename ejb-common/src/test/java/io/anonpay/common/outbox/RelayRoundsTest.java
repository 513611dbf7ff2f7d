package io.anonpay.common.outbox;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RelayRoundsTest {

    @Test
    void aRoundSendsBatchesUntilNothingIsDue() {
        AtomicInteger calls = new AtomicInteger();
        int[] sizes = {100, 100, 7, 0};
        new RelayRounds(() -> sizes[calls.getAndIncrement()]).request();
        assertThat(calls).as("until a batch finds nothing due").hasValue(4);
    }

    @Test
    void aRoundStopsAfterItsBoundEvenWhenMoreIsDue() {
        AtomicInteger calls = new AtomicInteger();
        new RelayRounds(() -> {
            calls.incrementAndGet();
            return 100;
        }).request();
        assertThat(calls).hasValue(RelayRounds.MAX_BATCHES_PER_ROUND);
    }

    @Test
    void aFailureIsKeptInsideTheRoundAndTheNextRequestRunsAgain() {
        AtomicInteger calls = new AtomicInteger();
        RelayRounds rounds = new RelayRounds(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return 0;
        });
        rounds.request();
        rounds.request();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRequestDuringARoundMakesThatRoundLookAgainInsteadOfRunningBesideIt() throws Exception {
        CountDownLatch inFirstBatch = new CountDownLatch(1);
        CountDownLatch secondRequestMade = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostConcurrent = new AtomicInteger();
        RelayRounds rounds = new RelayRounds(() -> {
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                if (calls.incrementAndGet() == 1) {
                    inFirstBatch.countDown();
                    assertThat(secondRequestMade.await(10, TimeUnit.SECONDS)).isTrue();
                }
                return 0;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                concurrent.decrementAndGet();
            }
        });
        Thread first = new Thread(rounds::request);
        first.start();
        assertThat(inFirstBatch.await(10, TimeUnit.SECONDS)).isTrue();
        rounds.request(); // returns at once: the running round takes the request
        secondRequestMade.countDown();
        first.join(10_000);
        assertThat(calls).hasValue(2);
        assertThat(mostConcurrent).hasValue(1);
    }
}
