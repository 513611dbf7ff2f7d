package io.anonpay.bench;

import io.anonpay.common.metrics.MeterNames;

/**
 * The servers' meters ({@link MeterNames}, Micrometer's dotted names) as the Prometheus registry writes them: dots
 * become underscores, a counter ends in {@code _total}, a meter in seconds in {@code _seconds}.
 */
final class PrometheusNames {

    static final String SETTLEMENTS = counter(MeterNames.SETTLEMENTS);
    static final String PASSWORD_CHECKS = counter(MeterNames.PASSWORD_CHECKS);
    static final String CARD_LOCKOUTS = counter(MeterNames.CARD_LOCKOUTS);
    static final String TOO_MANY_REQUESTS = counter(MeterNames.TOO_MANY_REQUESTS);
    static final String OUTBOX_BACKLOG = plain(MeterNames.OUTBOX_BACKLOG);
    static final String OUTBOX_OLDEST_AGE = seconds(MeterNames.OUTBOX_OLDEST_AGE);
    static final String OUTBOX_SENT = counter(MeterNames.OUTBOX_SENT);
    static final String RELAY_FAILURES = counter(MeterNames.RELAY_FAILURES);
    static final String MESSAGES_APPLIED = counter(MeterNames.MESSAGES_APPLIED);
    static final String MESSAGES_RETRIED = counter(MeterNames.MESSAGES_RETRIED);
    static final String MESSAGES_DEAD_LETTERED = counter(MeterNames.MESSAGES_DEAD_LETTERED);
    /** A histogram: {@code _bucket}, {@code _count}, {@code _sum} follow. */
    static final String DELIVERY_LAG = seconds(MeterNames.DELIVERY_LAG);
    static final String PURCHASES = plain(MeterNames.PURCHASES);

    private PrometheusNames() {
    }

    static String plain(String dotted) {
        return dotted.replace('.', '_');
    }

    static String counter(String dotted) {
        return plain(dotted) + "_total";
    }

    static String seconds(String dotted) {
        return plain(dotted) + "_seconds";
    }
}
