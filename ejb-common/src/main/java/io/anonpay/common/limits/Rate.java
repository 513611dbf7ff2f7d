package io.anonpay.common.limits;

/**
 * How often one client may call one operation: {@code burst} calls at once, then {@code perMinute} a minute.
 * A {@code perMinute} of zero or less switches the limit off.
 */
public record Rate(long perMinute, int burst) {

    public Rate {
        burst = Math.max(1, burst);
    }

    public boolean unlimited() {
        return perMinute <= 0;
    }

    /** The tokens that {@code nanos} of waiting gives back. */
    double tokensIn(long nanos) {
        return nanos * (perMinute / 60e9);
    }

    /** The whole seconds until {@code missing} tokens are back, at least one. */
    long secondsFor(double missing) {
        return Math.max(1, (long) Math.ceil(missing * 60 / perMinute));
    }
}
