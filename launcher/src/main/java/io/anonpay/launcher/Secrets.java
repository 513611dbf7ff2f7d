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
 * {@code secrets.properties}: one per server's database role and the operator's credential.
 */
public final class Secrets {

    public static final String OPERATOR_USER = "operator";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private Secrets(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads the file, or creates it with fresh random passwords. */
    public static Secrets loadOrCreate(Path file) {
        Properties values = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    values.load(in);
                }
            }
            Secrets secrets = new Secrets(file, values);
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

    public String databasePassword(Server server) {
        return values.getProperty(databaseKey(server));
    }

    public String operatorUser() {
        return values.getProperty("operator.user");
    }

    public String operatorPassword() {
        return values.getProperty("operator.password");
    }

    private boolean fillIn() {
        boolean changed = false;
        for (Server server : Server.values()) {
            changed |= values.putIfAbsent(databaseKey(server), randomPassword()) == null;
        }
        changed |= values.putIfAbsent("operator.user", OPERATOR_USER) == null;
        changed |= values.putIfAbsent("operator.password", randomPassword()) == null;
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
