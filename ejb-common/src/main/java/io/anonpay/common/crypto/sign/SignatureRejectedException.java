package io.anonpay.common.crypto.sign;

import io.anonpay.common.crypto.ProblemReason;
import jakarta.ejb.ApplicationException;

/**
 * A signed message was not accepted (or, for {@link Reason#KEYS_UNAVAILABLE}, not yet). Rolls back the
 * surrounding transaction, so a message-driven bean that lets it escape has the broker redeliver and finally
 * dead-letter the message.
 */
@ApplicationException(rollback = true)
public class SignatureRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements ProblemReason {
        /** Not a compact JWS with the header and claims we require. */
        MALFORMED("signature-malformed", 400),
        /** Issued by a party we do not trust. */
        UNKNOWN_ISSUER("signature-unknown-issuer", 403),
        /** The issuer is trusted, but not with this key id (perhaps rotated and not yet fetched). */
        UNKNOWN_KEY("signature-unknown-key", 403),
        /** The signature does not match the exact bytes received. */
        BAD_SIGNATURE("signature-invalid", 403),
        /** A genuine message of another kind, e.g. a receipt offered as instructions. */
        WRONG_TYPE("signature-wrong-type", 403),
        /** A genuine message meant for another party. */
        WRONG_AUDIENCE("signature-wrong-audience", 403),
        /** Past its expiry: ask the issuer for a fresh one. */
        EXPIRED("signature-expired", 422),
        /** Issued in the future beyond the allowed clock skew. */
        NOT_YET_VALID("signature-not-yet-valid", 422),
        /** This message id has been used before. */
        REPLAYED("signature-replayed", 409),
        /** The issuer is trusted, but we never had its keys and cannot fetch them now: ask again later. */
        KEYS_UNAVAILABLE("signature-keys-unavailable", 503, 10);

        private final String code;
        private final int status;
        private final int retryAfterSeconds;

        Reason(String code, int status) {
            this(code, status, 0);
        }

        Reason(String code, int status, int retryAfterSeconds) {
            this.code = code;
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** When the same message may succeed later, how soon to ask again; 0 when it never will. */
        public int retryAfterSeconds() {
            return retryAfterSeconds;
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

    public SignatureRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SignatureRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
