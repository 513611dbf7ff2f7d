package io.anonpay.common.delivery;

import io.anonpay.common.contract.InvalidContractException;
import io.anonpay.common.crypto.seal.SealingException;
import io.anonpay.common.crypto.sign.SignatureRejectedException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Why a partner's message was not applied, and whether another attempt could apply it.
 * <p>
 * Refused for good: the message is not signed text from a partner ({@link SignatureRejectedException} for a reason
 * that never passes, {@link InvalidContractException}, {@link SealingException}), or it cannot apply to the
 * receiver's state ({@link MessageRefusedException}). Anything else may pass: the database refusing or unreachable, a
 * partner's keys not fetched yet, the unexpected.
 *
 * @param permanent whether no later attempt could apply the message
 * @param cause     one line for the operator and the log: the receiver's own words, never a stack trace or a row
 */
record DeliveryFailure(boolean permanent, String cause) {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final int MAX_CAUSE = 300;

    static DeliveryFailure refused(String cause) {
        return new DeliveryFailure(true, crop(cause));
    }

    static DeliveryFailure of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof MessageRefusedException rejected) {
                return refused(rejected.getMessage());
            }
            if (t instanceof SignatureRejectedException rejected) {
                String cause = rejected.reason().code() + ": " + firstLine(rejected.getMessage());
                return rejected.reason().retryAfterSeconds() == 0 ? refused(cause)
                        : new DeliveryFailure(false, crop(cause));
            }
            if (t instanceof InvalidContractException || t instanceof SealingException) {
                return refused("invalid message: " + firstLine(t.getMessage()));
            }
        }
        return new DeliveryFailure(false, crop(mayPass(thrown)));
    }

    /**
     * The pause before attempt {@code attempt} (2 is the first retry): {@link #FIRST_PAUSE}, doubling, at most
     * {@link #LONGEST_PAUSE}.
     */
    static Duration pauseBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempt - 2, 16);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** The database's own words when it is the cause (its first line only: the details may quote a row). */
    private static String mayPass(Throwable thrown) {
        Throwable deepest = thrown;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "database: " + sql.getSQLState() + " " + firstLine(sql.getMessage());
            }
            deepest = t;
        }
        return deepest.getClass().getSimpleName() + ": " + firstLine(deepest.getMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    private static String crop(String text) {
        String line = firstLine(text);
        return line.length() <= MAX_CAUSE ? line : line.substring(0, MAX_CAUSE - 1) + "…";
    }
}
