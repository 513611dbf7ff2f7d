package io.anonpay.credit.card.control;

import io.anonpay.common.problem.ProblemException;

/** More password checks are running than the server allows at once: come back in a moment (429, Retry-After). */
public class TooManyPasswordChecksException extends ProblemException {

    public static final String TYPE = "too-many-password-checks";

    private final int retryAfterSeconds;

    public TooManyPasswordChecksException(int retryAfterSeconds) {
        super(TYPE, "Too many password checks", 429,
                "the credit company is checking many passwords right now; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
