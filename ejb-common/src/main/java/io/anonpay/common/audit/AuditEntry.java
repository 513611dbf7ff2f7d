package io.anonpay.common.audit;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One row of the operator audit trail. {@code target} is opaque ({@link AuditTarget}), null when the action has
 * none; {@code outcome} is {@link #SUCCEEDED} or the type of the problem the action was refused with.
 */
public record AuditEntry(long id, Instant at, String operator, String action, String target, String outcome) {

    public static final String SUCCEEDED = "succeeded";

    /** A failed operator login: its own action name, recorded whatever path it was tried on. */
    public static final String LOGIN = "operator.login";

    /**
     * The operator account locked: written with the failed login that locked it ({@link OperatorLockout}), outcome
     * {@code operator-locked}. Refused logins while it lasts are {@link #LOGIN} rows with that outcome.
     */
    public static final String LOCKOUT = "operator.lockout";

    /** Stands for a user name that is not the operator's: what was typed may be a password. */
    public static final String UNKNOWN_OPERATOR = "(unknown)";

    static final int OPERATOR_MAX = 64;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z-]*(\\.[a-z][a-z-]*)+");

    public AuditEntry {
        requireAction(action);
        if (operator == null || operator.isBlank() || operator.length() > OPERATOR_MAX) {
            throw new IllegalArgumentException("an audit row needs the operator's user name (at most "
                    + OPERATOR_MAX + " characters)");
        }
        if (target != null && !AuditTarget.isOpaque(target)) {
            throw new IllegalArgumentException("an audit target must be opaque: " + AuditTarget.RULE);
        }
        if (outcome == null || !(outcome.equals(SUCCEEDED) || outcome.startsWith("https://"))) {
            throw new IllegalArgumentException("an audit outcome is \"succeeded\" or a problem type");
        }
    }

    /** A row about to be appended: the database numbers and dates it. */
    public static AuditEntry of(String operator, String action, String target, String outcome) {
        return new AuditEntry(0, null, operator, action, target, outcome);
    }

    static void requireAction(String action) {
        if (action == null || action.length() > 40 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action is a stable dotted name such as card.issue, not "
                    + action);
        }
    }
}
