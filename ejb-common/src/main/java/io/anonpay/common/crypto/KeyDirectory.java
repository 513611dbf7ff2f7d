package io.anonpay.common.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * A server's key directory: {@code sealing-<generation>.pem} (X25519) and
 * {@code signing-<generation>.pem} (Ed25519), PKCS#8 PEM. The generation is the UTC time the pair
 * was made ({@code 20250101T120000000Z}); the greatest generation is active. An operator rotates by
 * dropping in a newer file, or with {@link #rotate()}; {@link RotatingKeys} moves a generation to
 * {@code retired/} once its overlap is over. The directory and the keys are owner-only.
 */
public final class KeyDirectory {

    private static final Logger LOG = Logger.getLogger(KeyDirectory.class.getName());
    private static final Pattern KEY_FILE = Pattern.compile("(sealing|signing)(?:-([A-Za-z0-9]+))?\\.pem");
    private static final DateTimeFormatter GENERATION =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final String RETIRED = "retired";

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random;

    public KeyDirectory(Path directory, Clock clock, SecureRandom random) {
        this.directory = directory;
        this.clock = clock;
        this.random = random;
    }

    public KeyDirectory(Path directory) {
        this(directory, Clock.systemUTC(), new SecureRandom());
    }

    /** Loads every generation; when a kind has none, generates one, persists it and says so. */
    public LoadedKeys loadOrGenerate() {
        List<SealingKeyPair> sealing = read("sealing").map(key -> new SealingKeyPair((X25519PrivateKeyParameters) key)).toList();
        List<SigningKeyPair> signing = read("signing").map(key -> new SigningKeyPair((Ed25519PrivateKeyParameters) key)).toList();
        if (!sealing.isEmpty() && !signing.isEmpty()) {
            return new LoadedKeys(new KeyRing(sealing, signing), false);
        }
        LOG.warning(() -> "No key pair in " + directory.toAbsolutePath()
                + ": generated a demo key pair. Provide your own keys before handling real payments.");
        String generation = GENERATION.format(clock.instant());
        if (sealing.isEmpty()) {
            SealingKeyPair pair = SealingKeyPair.generate(random);
            store("sealing", generation, pair.privateKey());
            sealing = List.of(pair);
        }
        if (signing.isEmpty()) {
            SigningKeyPair pair = SigningKeyPair.generate(random);
            store("signing", generation, pair.privateKey());
            signing = List.of(pair);
        }
        return new LoadedKeys(new KeyRing(sealing, signing), true);
    }

    /**
     * Writes a new generation of both pairs, which the next load makes active, and returns its time: now, or a
     * millisecond after the newest generation there, so that it is always the newest, even when another instance
     * sharing the directory rotates in the same millisecond.
     */
    public Instant rotate() {
        Instant newest = files().stream().map(KeyFile::madeAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 0; attempt < 100; attempt++, at = at.plusMillis(1)) {
            if (at.isAfter(newest) && !exists("sealing", at) && !exists("signing", at)) {
                store("sealing", GENERATION.format(at), SealingKeyPair.generate(random).privateKey());
                store("signing", GENERATION.format(at), SigningKeyPair.generate(random).privateKey());
                return at;
            }
        }
        throw new UncheckedIOException(new IOException("no free generation for a rotation in " + directory));
    }

    /** The key files there now, of both kinds, each kind newest first. */
    List<KeyFile> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> !kindOf(file).isEmpty())
                    .map(file -> new KeyFile(kindOf(file), generationOf(file), madeAt(generationOf(file)), file))
                    .sorted(Comparator.comparing(KeyFile::kind)
                            .thenComparing(KeyFile::generation, Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the key directory " + directory, e);
        }
    }

    /** The pair in one file: a {@link SealingKeyPair} or a {@link SigningKeyPair}. */
    Object pair(KeyFile file) {
        AsymmetricKeyParameter key = readKey(file.path(), file.kind());
        return key instanceof X25519PrivateKeyParameters sealing ? new SealingKeyPair(sealing)
                : new SigningKeyPair((Ed25519PrivateKeyParameters) key);
    }

    /**
     * Moves a retired key to {@code retired/}, owner-only like the directory: out of use, yet at hand for an
     * operator who must open an old identifier (move it back), until they delete it.
     */
    void retire(KeyFile file) {
        Path retired = directory.resolve(RETIRED);
        try {
            createOwnerOnlyDirectory(retired);
            Files.move(file.path(), retired.resolve(file.path().getFileName()), StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "retired " + file.path().getFileName() + " to " + retired);
        } catch (NoSuchFileException movedByAnotherInstance) {
            // another instance sharing the directory retired it first
        } catch (IOException e) {
            LOG.warning(() -> "cannot move the retired key " + file.path() + " to " + retired + ": " + e);
        }
    }

    private boolean exists(String kind, Instant generation) {
        return Files.exists(directory.resolve(kind + "-" + GENERATION.format(generation) + ".pem"));
    }

    /** The private keys of one kind, newest generation first. */
    private Stream<AsymmetricKeyParameter> read(String kind) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> matching = files.filter(file -> kindOf(file).equals(kind))
                    .sorted(Comparator.comparing(KeyDirectory::generationOf).reversed())
                    .toList();
            return matching.stream().map(file -> readKey(file, kind));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the key directory " + directory, e);
        }
    }

    private AsymmetricKeyParameter readKey(Path file, String kind) {
        AsymmetricKeyParameter key;
        try {
            warnIfReadableByOthers(file);
            key = PemKeys.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidKeySetException("cannot read the private key " + file + ": " + e.getMessage(), e);
        }
        boolean expected = kind.equals("sealing") ? key instanceof X25519PrivateKeyParameters
                : key instanceof Ed25519PrivateKeyParameters;
        if (!expected) {
            throw new InvalidKeySetException(file + " does not hold an "
                    + (kind.equals("sealing") ? "X25519" : "Ed25519") + " private key");
        }
        return key;
    }

    private void store(String kind, String generation, AsymmetricKeyParameter privateKey) {
        Path file = directory.resolve(kind + "-" + generation + ".pem");
        try {
            createOwnerOnlyDirectory(directory);
            Files.write(createOwnerOnlyFile(file), PemKeys.encode(privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the private key " + file, e);
        }
    }

    private void createOwnerOnlyDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir, posix() ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0]);
    }

    /** Created with its permissions, so the key is never readable by others, not even briefly. */
    private Path createOwnerOnlyFile(Path file) throws IOException {
        try {
            return posix() ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE))
                    : Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("refusing to overwrite an existing key " + file, e);
        }
    }

    private void warnIfReadableByOthers(Path file) throws IOException {
        if (posix() && !OWNER_FILE.containsAll(Files.getPosixFilePermissions(file))) {
            LOG.warning(() -> file + " is accessible to other users than its owner; chmod 600 it");
        }
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String kindOf(Path file) {
        Matcher matcher = KEY_FILE.matcher(file.getFileName().toString());
        return matcher.matches() ? matcher.group(1) : "";
    }

    /** When the generation was made; null for a name that is not a time (such a key is never retired by time). */
    private static Instant madeAt(String generation) {
        try {
            return generation.isEmpty() ? Instant.EPOCH : GENERATION.parse(generation, Instant::from);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static String generationOf(Path file) {
        Matcher matcher = KEY_FILE.matcher(file.getFileName().toString());
        return matcher.matches() && matcher.group(2) != null ? matcher.group(2) : "";
    }
}
