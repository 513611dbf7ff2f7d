package io.anonpay.credit.card.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/** A random secret in a file only its owner can read, created on first use (written aside, then moved in). */
final class SecretFile {

    private static final Logger LOG = Logger.getLogger(SecretFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private SecretFile() {
    }

    static byte[] readOrCreate(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret " + file, e);
        }
    }

    private static void create(Path file, int bytes) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, posix ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0]);
        }
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Path aside = Files.createTempFile(directory, ".secret", ".tmp", posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0]);
        Files.writeString(aside, Base64.getEncoder().encodeToString(secret));
        try {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.warning(() -> "Generated a new secret " + file + ": keep it, and give every instance the same one.");
        } catch (FileAlreadyExistsException another) {
            Files.deleteIfExists(aside);
        }
    }
}
