package io.anonpay.common.crypto.seal;

import io.anonpay.common.crypto.ProblemReason;
import jakarta.ejb.ApplicationException;

/**
 * A sealed identifier could not be made or opened. The message never contains the plaintext or
 * key material; the reason is what a server maps to its problem type.
 */
@ApplicationException(rollback = true)
public class SealingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements ProblemReason {
        /** Not of the form {@code v1.<kid>.<base64url>}, or the wrong length. */
        MALFORMED("sealed-id-malformed", 400),
        /** Well-formed, but of a version this code does not know. */
        UNSUPPORTED_VERSION("sealed-id-unsupported-version", 400),
        /** Sealed to a key id this party does not hold (another party's, a retired one, or a forged one). */
        UNKNOWN_KEY("sealed-id-unknown-key", 400),
        /** Did not authenticate: tampered, sealed as another kind, or to another key. */
        CANNOT_OPEN("sealed-id-cannot-open", 400),
        /** The plaintext to seal is empty, too long, or not valid Unicode. */
        INVALID_PLAINTEXT("sealed-id-invalid-plaintext", 422);

        private final String code;
        private final int status;

        Reason(String code, int status) {
            this.code = code;
            this.status = status;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public SealingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SealingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
