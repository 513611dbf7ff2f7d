package io.anonpay.common.crypto;

/**
 * A partner's JWK set (or our own key directory) cannot be used. This is a configuration or
 * partner fault, not the caller's: a server reports it as a failed dependency (502/503).
 */
public class InvalidKeySetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidKeySetException(String message) {
        super(message);
    }

    public InvalidKeySetException(String message, Throwable cause) {
        super(message, cause);
    }
}
