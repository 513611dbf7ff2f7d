package io.anonpay.launcher;

/** The system could not be started; the message says what to look at. */
public class LaunchFailure extends RuntimeException {

    public LaunchFailure(String message) {
        super(message);
    }

    public LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
