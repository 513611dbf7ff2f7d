package io.anonpay.common.contract;

import io.anonpay.common.crypto.ProblemReason;
import jakarta.ejb.ApplicationException;

/** A message field has a value the protocol does not allow; the message says which field. */
@ApplicationException(rollback = true)
public class InvalidContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements ProblemReason {
        INVALID_FIELD;

        @Override
        public String code() {
            return "contract-invalid-field";
        }

        @Override
        public int status() {
            return 400;
        }
    }

    private final String field;

    public InvalidContractException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public Reason reason() {
        return Reason.INVALID_FIELD;
    }

    /** The JSON name of the offending field. */
    public String field() {
        return field;
    }
}
