package io.anonpay.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the client's exit status means; scripts and the system tests act on these, so they never change. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Wrong or missing arguments: nothing was sent. */
    public static final int USAGE = 1;
    /** A server said no: the payment was declined, or a 4xx problem (unknown purchase, not paid yet, ...). */
    public static final int REFUSED = 2;
    /** A server could not be reached, did not answer in time, or the mall did not show the expected status. */
    public static final int UNREACHABLE = 3;
    /** A server failed (5xx) or answered something unreadable. */
    public static final int SERVER_ERROR = 4;

    private ExitCodes() {
    }

    /** For the "Exit codes" section of every command's help. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(OK), "done");
        codes.put(String.valueOf(USAGE), "usage error: a wrong or missing option, nothing was sent");
        codes.put(String.valueOf(REFUSED), "refused: the payment was declined, or a server refused the request "
                + "(e.g. unknown purchase, not paid yet)");
        codes.put(String.valueOf(UNREACHABLE), "a server could not be reached or did not answer in time, "
                + "or the mall did not show the new status within --wait");
        codes.put(String.valueOf(SERVER_ERROR), "unexpected error: a server failed (HTTP 5xx) or answered "
                + "something unreadable");
        return codes;
    }
}
