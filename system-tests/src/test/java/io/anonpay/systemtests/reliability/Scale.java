package io.anonpay.systemtests.reliability;

/**
 * How hard the suite pushes. The fast part (the default, in CI) keeps to a few minutes; the long part,
 * {@code -Danonpay.reliability.long=true}, scales the counts up and repeats the crashes.
 */
final class Scale {

    static final boolean LONG = Boolean.getBoolean("anonpay.reliability.long");

    private Scale() {
    }

    /** Concurrent clients in the race tests. */
    static int clients() {
        return Integer.getInteger("anonpay.reliability.clients", LONG ? 32 : 16);
    }

    /** Payments each client makes in one race test. */
    static int paymentsPerClient() {
        return Integer.getInteger("anonpay.reliability.payments", LONG ? 150 : 12);
    }

    /** Payments in a burst while the broker is down or a server crashes. */
    static int burst() {
        return LONG ? 60 : 8;
    }

    /** How many times each crash is repeated. */
    static int crashes() {
        return LONG ? 3 : 1;
    }
}
