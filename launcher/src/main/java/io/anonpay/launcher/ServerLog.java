package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Payara Micro log: rotated at each start, then read. A deployment that fails still ends with Payara printing
 * "ready", so the launcher looks here for the SEVERE record that says so.
 */
final class ServerLog {

    private static final Pattern RECORD_START = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern DEPLOY_FAILURE = Pattern.compile(
            "(?i)exception while (deploying|loading the app)|deploy(ment)? failed|failed to deploy");
    private static final Pattern SEVERE_ABOUT_DEPLOYMENT = Pattern.compile("(?s)\\A[^\\n]*\\bSEVERE\\b.*[Dd]eploy");

    /** How many earlier logs of a server are kept beside its current one. */
    private static final int GENERATIONS = 5;

    private final Path file;

    ServerLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * Keeps the previous runs' logs as {@code .1} (the last) to {@code .5}, so that an old failure is never taken for
     * a new one, and a failure found after several restarts (a crash test) still has the log of its time.
     */
    void rotate() {
        try {
            for (int generation = GENERATIONS - 1; generation >= 1; generation--) {
                Path older = file.resolveSibling(file.getFileName() + "." + generation);
                if (Files.exists(older)) {
                    Files.move(older, file.resolveSibling(file.getFileName() + "." + (generation + 1)),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate " + file, e);
        }
    }

    /** The first log record that says a deployment failed, if any. */
    Optional<String> deploymentFailure() {
        for (String record : records()) {
            if (DEPLOY_FAILURE.matcher(record).find() || SEVERE_ABOUT_DEPLOYMENT.matcher(record).find()) {
                return Optional.of(record.strip());
            }
        }
        return Optional.empty();
    }

    /** The last lines of the log, for a failure report. */
    List<String> tail(int lines) {
        List<String> all = lines();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    private List<String> records() {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines()) {
            if (RECORD_START.matcher(line).find() && current.length() > 0) {
                records.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        if (current.length() > 0) {
            records.add(current.toString());
        }
        return records;
    }

    private List<String> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
