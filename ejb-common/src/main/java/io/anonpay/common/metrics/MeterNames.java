package io.anonpay.common.metrics;

/**
 * The meters every server may show, in Micrometer's dotted form: the Prometheus registry writes
 * {@code anonpay.settlements} as {@code anonpay_settlements_total}, a timer as {@code …_seconds} with its buckets.
 * Their labels take values from small fixed vocabularies only (an outcome, a queue's name, a status, an endpoint
 * family): never a name, card, address, product or identifier.
 */
public final class MeterNames {

    /** Credit: payments answered, by {@code outcome} (approved, declined) and {@code reason} (a decline reason or none). */
    public static final String SETTLEMENTS = "anonpay.settlements";
    /** Credit: Argon2 password comparisons, by {@code result} (matched, wrong, unknown_card, locked). */
    public static final String PASSWORD_CHECKS = "anonpay.password.checks";
    /** Credit: cards locked by the wrong password that locked them. */
    public static final String CARD_LOCKOUTS = "anonpay.card.lockouts";
    /** Every server: 429 answers, by {@code family}: the first segment of the resource's path template. */
    public static final String TOO_MANY_REQUESTS = "anonpay.http.too.many.requests";
    /** Every server: client and operation pairs whose rate limit it holds in memory (at most anonpay.limits.clients). */
    public static final String LIMITED_CLIENTS = "anonpay.limits.clients";
    /** Every server with an outbox: rows not sent yet, read from the database at scrape time. */
    public static final String OUTBOX_BACKLOG = "anonpay.outbox.backlog";
    /** Every server with an outbox: the age of its oldest row not sent yet (0 when none waits). */
    public static final String OUTBOX_OLDEST_AGE = "anonpay.outbox.oldest.age";
    /** Every relay: batches it could not hand to the broker (they wait in the outbox and are tried again). */
    public static final String RELAY_FAILURES = "anonpay.outbox.relay.failures";
    /** Every relay: messages it handed to the broker. */
    public static final String OUTBOX_SENT = "anonpay.outbox.sent";
    /** Every consumer: partners' messages applied, by {@code queue}. */
    public static final String MESSAGES_APPLIED = "anonpay.messages.applied";
    /** Every consumer: messages sent to the back of their queue to be tried again, by {@code queue}. */
    public static final String MESSAGES_RETRIED = "anonpay.messages.retried";
    /** Every consumer: messages dead-lettered, by {@code queue} (the queue they came from). */
    public static final String MESSAGES_DEAD_LETTERED = "anonpay.messages.dead.lettered";
    /** Every consumer: the sender's outbox commit to "applied here", by {@code queue}. */
    public static final String DELIVERY_LAG = "anonpay.delivery.lag";
    /** Mall: purchases in each {@code status}, read from the database at scrape time. */
    public static final String PURCHASES = "anonpay.purchases";
    /** Mall: purchases deleted unpaid, a grace period after their payment window closed. */
    public static final String PURCHASES_PURGED = "anonpay.purchases.purged";

    /** Shipping: shipments in each {@code status}, read from the database at scrape time. */
    public static final String SHIPMENTS = "anonpay.shipments";

    /** The label value when there is none to give (a settlement approved has no decline reason). */
    public static final String NONE = "none";

    private MeterNames() {
    }
}
