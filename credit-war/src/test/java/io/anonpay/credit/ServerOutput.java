package io.anonpay.credit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a copy of everything printed to this JVM's standard output from now on. Arquillian's Payara Micro
 * container prints the server's output there line by line, so a test can search the server log it produced.
 */
public final class ServerOutput {

    private static ByteArrayOutputStream copy;

    private ServerOutput() {
    }

    /** Call before the server starts (from the {@code @Deployment} method). */
    public static synchronized void capture() {
        if (copy != null) {
            return;
        }
        copy = new ByteArrayOutputStream();
        PrintStream original = System.out;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (ServerOutput.class) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (ServerOutput.class) {
                    copy.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    public static synchronized String text() {
        return copy == null ? "" : copy.toString(StandardCharsets.UTF_8);
    }
}
