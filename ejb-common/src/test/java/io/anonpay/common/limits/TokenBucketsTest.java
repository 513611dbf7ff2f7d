package io.anonpay.common.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final Rate SIX_A_MINUTE_THREE_AT_ONCE = new Rate(6, 3);

    @Test
    void aClientGetsItsBurstThenWaitsForTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(100);
        for (int call = 0; call < 3; call++) {
            assertThat(buckets.take("203.0.113.7", "purchases", SIX_A_MINUTE_THREE_AT_ONCE, 0)).isZero();
        }
        assertThat(buckets.take("203.0.113.7", "purchases", SIX_A_MINUTE_THREE_AT_ONCE, 0)).isEqualTo(10);
        assertThat(buckets.take("203.0.113.7", "purchases", SIX_A_MINUTE_THREE_AT_ONCE, 4 * SECOND)).isEqualTo(6);
        assertThat(buckets.take("203.0.113.7", "purchases", SIX_A_MINUTE_THREE_AT_ONCE, 10 * SECOND)).isZero();
        assertThat(buckets.take("203.0.113.7", "purchases", SIX_A_MINUTE_THREE_AT_ONCE, 10 * SECOND)).isEqualTo(10);
    }

    @Test
    void aBucketRefillsNoFurtherThanItsBurst() {
        TokenBuckets buckets = new TokenBuckets(100);
        buckets.take("203.0.113.7", "tracking", SIX_A_MINUTE_THREE_AT_ONCE, 0);
        long anHourLater = 3600 * SECOND;
        for (int call = 0; call < 3; call++) {
            assertThat(buckets.take("203.0.113.7", "tracking", SIX_A_MINUTE_THREE_AT_ONCE, anHourLater)).isZero();
        }
        assertThat(buckets.take("203.0.113.7", "tracking", SIX_A_MINUTE_THREE_AT_ONCE, anHourLater)).isPositive();
    }

    @Test
    void otherClientsAndOtherOperationsHaveBucketsOfTheirOwn() {
        TokenBuckets buckets = new TokenBuckets(100);
        Rate once = new Rate(1, 1);
        assertThat(buckets.take("203.0.113.7", "purchases", once, 0)).isZero();
        assertThat(buckets.take("203.0.113.7", "purchases", once, 0)).isEqualTo(60);
        assertThat(buckets.take("203.0.113.8", "purchases", once, 0)).isZero();
        assertThat(buckets.take("203.0.113.7", "instructions", once, 0)).isZero();
    }

    @Test
    void aFloodOfDistinctClientsKeepsTheMapWithinItsCapacity() {
        TokenBuckets buckets = new TokenBuckets(1_000);
        for (int client = 0; client < 50_000; client++) {
            buckets.take("10." + (client >> 16) + "." + ((client >> 8) & 255) + "." + (client & 255), "tracking",
                    SIX_A_MINUTE_THREE_AT_ONCE, client);
        }
        assertThat(buckets.size()).isEqualTo(1_000);
    }

    @Test
    void theClientSeenLeastRecentlyIsForgottenFirst() {
        TokenBuckets buckets = new TokenBuckets(2);
        Rate once = new Rate(1, 1);
        buckets.take("flooder", "purchases", once, 0);
        buckets.take("buyer", "purchases", once, 0);
        buckets.take("flooder", "purchases", once, 0);
        buckets.take("newcomer", "purchases", once, 0);
        assertThat(buckets.take("flooder", "purchases", once, 0)).as("still remembered").isPositive();
        assertThat(buckets.take("buyer", "purchases", once, 0)).as("forgotten: a full bucket again").isZero();
    }
}
