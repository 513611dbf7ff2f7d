package io.anonpay.shipping.shipment.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The address key kept in the key directory as {@code delivery-address.aes} (base64 of 32 bytes, owner-only).
 * Generated on first start with a warning; when several instances start together the first file written wins.
 */
public final class AddressKeyFile {

    static final String NAME = "delivery-address.aes";
    private static final Logger LOG = Logger.getLogger(AddressKeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AddressKeyFile() {
    }

    public static byte[] loadOrGenerate(Path directory, SecureRandom random) {
        Path file = directory.resolve(NAME);
        try {
            if (Files.notExists(file)) {
                generate(directory, file, random);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the address key in " + directory, e);
        }
    }

    public static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("the address key must be base64 of 32 bytes");
        }
        return key;
    }

    /** Never replaces a key another instance wrote first: a hard link (or a plain move) fails if the file exists. */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(temporary, file);
        }
    }

    private static void generate(Path directory, Path file, SecureRandom random) throws IOException {
        Files.createDirectories(directory);
        byte[] key = new byte[32];
        random.nextBytes(key);
        Path temporary = Files.createTempFile(directory, NAME, ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
            publish(temporary, file);
            LOG.warning(() -> "generated a new delivery address key in " + file
                    + ": keep it (and back it up) or stored addresses cannot be read");
        } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
            // its key stands
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
