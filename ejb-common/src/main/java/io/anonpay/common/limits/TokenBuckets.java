package io.anonpay.common.limits;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per client and operation, held for at most {@code capacity} pairs: a flood from many distinct
 * addresses cannot make it grow without bound. When full, the pair seen least recently is forgotten; forgetting
 * only ever gives that client a full bucket again, the state a client that waited a while would have anyway.
 * One lock: each call does a map look-up and a little arithmetic.
 */
final class TokenBuckets {

    private final Map<Pair, Bucket> buckets;

    TokenBuckets(int capacity) {
        int bound = Math.max(1, capacity);
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Pair, Bucket> eldest) {
                return size() > bound;
            }
        };
    }

    /**
     * Takes one token from the client's bucket for the operation.
     *
     * @param now a monotonic time in nanoseconds ({@link System#nanoTime()})
     * @return zero when the call may go ahead; otherwise the seconds until a token is back
     */
    synchronized long take(String client, String operation, Rate rate, long now) {
        Bucket bucket = buckets.computeIfAbsent(new Pair(client, operation), pair -> new Bucket(rate.burst(), now));
        return bucket.take(rate, now);
    }

    synchronized int size() {
        return buckets.size();
    }

    private record Pair(String client, String operation) {
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        long take(Rate rate, long now) {
            tokens = Math.min(rate.burst(), tokens + rate.tokensIn(Math.max(0, now - refilledAt)));
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return rate.secondsFor(1 - tokens);
        }
    }
}
