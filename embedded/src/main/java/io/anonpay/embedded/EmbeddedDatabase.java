package io.anonpay.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from the embedded binaries, its data kept in a directory between runs. Listens on
 * loopback only, and every role, the superuser {@code postgres} too, logs in with its password (scram-sha-256,
 * {@link ClientAuthentication}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts the server on the data directory, creating it when missing. A data directory made before the roles
     * needed passwords (initdb's trust) is migrated first: started as it is, the superuser gets its password while
     * trust still applies, and it is stopped again; the start proper then writes our {@code pg_hba.conf}.
     *
     * @param superuserPassword the superuser's password: set when the directory is created or migrated, and
     *                          required at every later start
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String superuserPassword) {
        if (superuserPassword == null || superuserPassword.isEmpty()) {
            throw new IllegalArgumentException("the embedded PostgreSQL needs a superuser password");
        }
        Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".pwfile");
        try {
            Files.createDirectories(dataDirectory.getParent());
            boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            if (!fresh && !ClientAuthentication.isWritten(dataDirectory)) {
                try (EmbeddedDatabase trusting = new EmbeddedDatabase(
                        startOrExplain(builder(dataDirectory, port, superuserPassword), dataDirectory), port)) {
                    trusting.giveSuperuserItsPassword(superuserPassword, dataDirectory);
                }
            }
            EmbeddedPostgres.Builder builder = builder(dataDirectory, port, superuserPassword)
                    .setDataDirectoryCustomizer(directory -> ClientAuthentication.write(directory.toPath()));
            if (fresh) {
                // zonky runs initdb with "-A trust" and passes these as "--key=value" after it: the last -A wins,
                // and the superuser has its password before the server ever listens
                Files.deleteIfExists(passwordFile);
                Files.createFile(passwordFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(passwordFile, superuserPassword + "\n");
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth", "scram-sha-256");
            }
            return new EmbeddedDatabase(startOrExplain(builder, dataDirectory), port);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + passwordFile, e);
            }
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port, String superuserPassword) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's test-friendly defaults (-F, synchronous_commit=off) could lose committed payments
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // zonky's readiness check logs in as the superuser (under trust the password is not asked for)
                .setConnectConfig("password", superuserPassword)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD);
    }

    private static EmbeddedPostgres startOrExplain(EmbeddedPostgres.Builder builder, Path dataDirectory)
            throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                    IllegalStateException refused = new IllegalStateException("PostgreSQL in " + dataDirectory
                            + " refused the superuser's password: it is not the one this data directory was made"
                            + " with (was the secrets file replaced?)", e);
                    stopPostmaster(dataDirectory, refused);
                    throw refused;
                }
            }
            throw e;
        }
    }

    /** The server zonky started but gave up on: smart shutdown (SIGTERM), so that nothing is left half-started. */
    private static void stopPostmaster(Path dataDirectory, RuntimeException failure) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                postmaster.destroy();
                postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void giveSuperuserItsPassword(String superuserPassword, Path dataDirectory) {
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " with password " + DatabaseProvisioning.quoted(superuserPassword));
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the superuser of " + dataDirectory + " its password: "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the superuser, with its password, for provisioning. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
