package io.anonpay.client;

import jakarta.json.JsonObject;

/**
 * Why a command stops: a message for the buyer, the exit code for scripts and, when a server sent one, its RFC 9457
 * problem body (repeated in the --json error document).
 */
public class ClientFailure extends RuntimeException {

    private final int exitCode;
    private final transient JsonObject problem;

    ClientFailure(int exitCode, String message, JsonObject problem) {
        super(message);
        this.exitCode = exitCode;
        this.problem = problem;
    }

    static ClientFailure refused(String message) {
        return new ClientFailure(ExitCodes.REFUSED, message, null);
    }

    static ClientFailure unreachable(String message) {
        return new ClientFailure(ExitCodes.UNREACHABLE, message, null);
    }

    static ClientFailure serverError(String message) {
        return new ClientFailure(ExitCodes.SERVER_ERROR, message, null);
    }

    static ClientFailure usage(String message) {
        return new ClientFailure(ExitCodes.USAGE, message, null);
    }

    public int exitCode() {
        return exitCode;
    }

    /** The server's problem body, or null. */
    public JsonObject problem() {
        return problem;
    }
}
