package io.anonpay.common.outbox;

/**
 * Fired (as a CDI event) in the transaction that appended to the outbox; each server's relay timer observes it
 * after that transaction commits, and only then, to send without waiting for its next periodic sweep.
 */
public record OutboxAppended(String destination) {
}
