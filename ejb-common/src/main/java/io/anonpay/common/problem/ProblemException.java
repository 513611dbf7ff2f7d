package io.anonpay.common.problem;

import jakarta.ejb.ApplicationException;

/**
 * A business failure the caller can do something about. It rolls the transaction back and reaches the
 * client as a problem+json body with a stable type, never as a 500.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;
    private final int retryAfterSeconds;

    public ProblemException(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, 0);
    }

    /** @param retryAfterSeconds sent as {@code Retry-After} when more than zero */
    public ProblemException(String slug, String title, int status, String detail, int retryAfterSeconds) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When to ask again, in seconds; zero when asking again will not help by itself. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem problem() {
        return Problem.of(slug, title, status, getMessage());
    }

    public int status() {
        return status;
    }

    public static ProblemException notFound(String what, String detail) {
        return new ProblemException(what + "-not-found", "Not found", 404, detail);
    }

    public static ProblemException invalid(String slug, String detail) {
        return new ProblemException(slug, "Invalid request", 400, detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(slug, "Conflict", 409, detail);
    }
}
