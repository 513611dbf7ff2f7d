package io.anonpay.common.clearing;

import io.anonpay.common.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The time span a clearing report covers: {@code from} inclusive, {@code to} exclusive, either open (null).
 *
 * @param from the first instant in the window, or null for no lower bound
 * @param to   the first instant after the window, or null for no upper bound
 */
public record ClearingWindow(Instant from, Instant to) {

    public ClearingWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("invalid-window",
                    "from (" + from + ") must be before to (" + to + "): from is inclusive, to exclusive");
        }
    }

    /**
     * The window the operator asked for, each bound an ISO-8601 instant such as {@code 2026-12-01T00:00:00Z};
     * an absent bound (null) leaves that side open, an empty one is no instant.
     */
    public static ClearingWindow of(String from, String to) {
        return new ClearingWindow(instant("from", from), instant("to", to));
    }

    private static Instant instant(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("invalid-instant", parameter
                    + " must be an ISO-8601 instant with a time zone, such as 2026-12-01T00:00:00Z, or be left out");
        }
    }
}
