package io.anonpay.client;

import jakarta.json.JsonStructure;

import java.io.PrintWriter;

/**
 * Where the client writes. Readable mode: everything on stdout. --json mode: stdout carries exactly one JSON
 * document (so that scripts can pipe it to jq), progress goes to stderr.
 */
final class Output {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A step of the flow as it happens. */
    void progress(String text) {
        PrintWriter target = json ? err : out;
        target.println(text);
        target.flush();
    }

    /** Part of the readable result; nothing in --json mode, where {@link #document} says it all. */
    void line(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** The result in --json mode; nothing in readable mode. */
    void document(JsonStructure document) {
        if (json) {
            out.println(JsonSupport.pretty(document));
            out.flush();
        }
    }

    void error(String text) {
        err.println(text);
        err.flush();
    }
}
