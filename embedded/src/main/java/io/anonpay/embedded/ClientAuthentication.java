package io.anonpay.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}, ours instead of initdb's (which trusts every loopback login): every
 * role proves its password (scram-sha-256), a server's role reaches only the database of its own name
 * ({@code sameuser}), and only the superuser reaches the others. The privileges {@link DatabaseProvisioning} grants
 * say the same a second time.
 */
final class ClientAuthentication {

    static final String FILE = "pg_hba.conf";

    /** The first line of the file we write: a data directory without it still has initdb's trust. */
    private static final String MARKER = "# anonpay: every role needs its password (scram-sha-256)";

    private static final List<String> LINES = List.of(
            MARKER,
            "# Written by io.anonpay.embedded.EmbeddedDatabase on every start; changes here are overwritten.",
            "# TYPE  DATABASE  USER      ADDRESS        METHOD",
            "local   all       postgres                 scram-sha-256",
            "host    all       postgres  127.0.0.1/32   scram-sha-256",
            "host    all       postgres  ::1/128        scram-sha-256",
            "local   sameuser  all                      scram-sha-256",
            "host    sameuser  all       127.0.0.1/32   scram-sha-256",
            "host    sameuser  all       ::1/128        scram-sha-256");

    private ClientAuthentication() {
    }

    /** Whether the data directory already has our file (and so its superuser a password). */
    static boolean isWritten(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            return Files.exists(file) && Files.readAllLines(file).stream().findFirst().orElse("").equals(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces the file in one move, so that a reload never reads half of it. */
    static void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        Path temporary = dataDirectory.resolve(FILE + ".tmp");
        try {
            Files.write(temporary, LINES);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
