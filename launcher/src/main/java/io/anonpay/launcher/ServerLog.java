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
 * A server's log: rotated at each start, then read. A deployment that fails still ends with Payara printing
 * "ready", and WildFly starts "with errors", so the launcher looks here for the record that says so.
 */
final class ServerLog {

    private static final Pattern PAYARA_RECORD = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}T");
    private static final List<Pattern> PAYARA_FAILURE = List.of(
            Pattern.compile("(?i)exception while (deploying|loading the app)|deploy(ment)? failed|failed to deploy"),
            Pattern.compile("(?s)\\A[^\\n]*\\bSEVERE\\b.*[Dd]eploy"));
    private static final Pattern PAYARA_SERVER_RECORD = Pattern.compile("^\\[#\\|\\d{4}-");
    private static final Pattern WILDFLY_RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    /** An operation (a deployment) failed; the server started with errors; services failed to start. */
    private static final List<Pattern> WILDFLY_FAILURE = List.of(Pattern.compile("WFLYCTL0013|WFLYSRV0026|WFLYCTL0186"));

    /** How many earlier logs of a server are kept beside its current one. */
    private static final int GENERATIONS = 5;

    private final Path file;
    private final Pattern recordStart;
    private final List<Pattern> failure;

    /** A Payara Micro log. */
    ServerLog(Path file) {
        this(file, PAYARA_RECORD, PAYARA_FAILURE);
    }

    private ServerLog(Path file, Pattern recordStart, List<Pattern> failure) {
        this.file = file;
        this.recordStart = recordStart;
        this.failure = failure;
    }

    /** Payara Server's {@code server.log}: its records start with {@code [#|}. */
    static ServerLog payaraServer(Path file) {
        return new ServerLog(file, PAYARA_SERVER_RECORD, PAYARA_FAILURE);
    }

    /** WildFly's {@code server.log}. */
    static ServerLog wildfly(Path file) {
        return new ServerLog(file, WILDFLY_RECORD, WILDFLY_FAILURE);
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
            if (failure.stream().anyMatch(pattern -> pattern.matcher(record).find())) {
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
            if (recordStart.matcher(line).find() && current.length() > 0) {
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
