package io.anonpay.common.crypto;

/**
 * A stable, machine-readable reason for a rejected input, so that each server can map it to an
 * RFC 9457 problem type without parsing exception messages. All of them are the client's fault:
 * a server answers 4xx, never 500.
 */
public interface ProblemReason {

    /** Stable kebab-case code, e.g. {@code sealed-id-malformed}; safe to put in a problem type URI. */
    String code();

    /** The HTTP status a server should answer with. */
    int status();
}
