package io.anonpay.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords the launcher makes up on the first start and keeps, readable by the owner only, in
 * {@code secrets.properties}: the embedded PostgreSQL's superuser's, one per server's database role, and the
 * operator's credential and the TLS key stores' password. A file from before one of them gets it added.
 */
public final class Secrets {

    public static final String OPERATOR_USER = "operator";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUPERUSER_KEY = "db.postgres.password";
    private static final String KEY_STORE_KEY = "tls.keystore.password";

    private final Path file;
    private final Properties values;

    private Secrets(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads the file, or creates it with fresh random passwords; adds those it lacks. */
    public static Secrets loadOrCreate(Path file) {
        try {
            Secrets secrets = new Secrets(file, Files.exists(file) ? load(file) : new Properties());
            boolean changed = secrets.fillIn();
            if (changed || !Files.exists(file)) {
                secrets.save();
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /** Reads the file of a data directory another launcher made (e.g. for the benchmark), changing nothing. */
    public static Secrets read(Path file) {
        try {
            return new Secrets(file, load(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        }
        return values;
    }

    public String databasePassword(Server server) {
        return values.getProperty(databaseKey(server));
    }

    /** The embedded PostgreSQL's superuser {@code postgres}: provisioning only, never a server. */
    public String superuserPassword() {
        return values.getProperty(SUPERUSER_KEY);
    }

    public String operatorUser() {
        return values.getProperty("operator.user");
    }

    public String operatorPassword() {
        return values.getProperty("operator.password");
    }

    /** Locks the TLS key stores of {@code tls/} (see {@link io.anonpay.launcher.tls.TlsMaterial}). */
    public String keyStorePassword() {
        return values.getProperty(KEY_STORE_KEY);
    }

    private boolean fillIn() {
        boolean changed = values.putIfAbsent(SUPERUSER_KEY, randomPassword()) == null;
        for (Server server : Server.values()) {
            changed |= values.putIfAbsent(databaseKey(server), randomPassword()) == null;
        }
        changed |= values.putIfAbsent("operator.user", OPERATOR_USER) == null;
        changed |= values.putIfAbsent("operator.password", randomPassword()) == null;
        changed |= values.putIfAbsent(KEY_STORE_KEY, randomPassword()) == null;
        return changed;
    }

    private void save() throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, "Made up by the anonpay launcher on the first start; delete a line to renew it");
        }
    }

    private static String databaseKey(Server server) {
        return "db." + server.id() + ".password";
    }

    /** 144 random bits, URL-safe so it needs no quoting anywhere. */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
