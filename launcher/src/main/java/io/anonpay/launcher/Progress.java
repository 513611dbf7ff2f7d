package io.anonpay.launcher;

import java.io.PrintStream;
import java.util.Locale;

/** One line per step, each with the seconds elapsed since the start. */
public final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Prints the step with the elapsed time, e.g. {@code postgres ready (3.1 s)}. */
    public void step(String what) {
        say(String.format(Locale.ROOT, "  %s (%.1f s)", what, elapsedSeconds()));
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
