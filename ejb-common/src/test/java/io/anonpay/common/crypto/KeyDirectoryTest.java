package io.anonpay.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyDirectoryTest {

    @TempDir
    Path temp;

    private KeyDirectory directoryAt(Path dir, String instant) {
        return new KeyDirectory(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), new SecureRandom());
    }

    @Test
    void generatesAndPersistsADemoKeyWhenEmpty() throws IOException {
        Path dir = temp.resolve("keys");

        LoadedKeys first = directoryAt(dir, "2025-01-01T00:00:00Z").loadOrGenerate();

        assertThat(first.generated()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("sealing-20250101T000000000Z.pem", "signing-20250101T000000000Z.pem");
        }
        assertThat(Files.readString(dir.resolve("sealing-20250101T000000000Z.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");

        LoadedKeys again = directoryAt(dir, "2025-02-01T00:00:00Z").loadOrGenerate();
        assertThat(again.generated()).isFalse();
        assertThat(again.ring().activeSealingKey().kid()).isEqualTo(first.ring().activeSealingKey().kid());
        assertThat(again.ring().activeSigningKey().kid()).isEqualTo(first.ring().activeSigningKey().kid());
    }

    @Test
    void keysAndTheirDirectoryAreOwnerOnly() throws IOException {
        Path dir = temp.resolve("keys");
        directoryAt(dir, "2025-01-01T00:00:00Z").loadOrGenerate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try (var files = Files.list(dir)) {
            files.forEach(file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void newestGenerationIsActiveAndOlderOnesAreKept() {
        Path dir = temp.resolve("keys");
        KeyRing old = directoryAt(dir, "2025-01-01T00:00:00Z").loadOrGenerate().ring();
        directoryAt(dir, "2025-06-01T00:00:00Z").rotate();

        KeyRing rotated = directoryAt(dir, "2025-06-02T00:00:00Z").loadOrGenerate().ring();

        assertThat(rotated.activeSealingKey().kid()).isNotEqualTo(old.activeSealingKey().kid());
        assertThat(rotated.activeSigningKey().kid()).isNotEqualTo(old.activeSigningKey().kid());
        assertThat(rotated.sealingKey(old.activeSealingKey().kid())).isPresent();
        assertThat(rotated.signingKey(old.activeSigningKey().kid())).isPresent();
        assertThat(rotated.publicKeys().sealingKeys()).hasSize(2)
                .first().isEqualTo(rotated.activeSealingKey().publicKey());
    }

    @Test
    void aKeyOfTheWrongKindIsRefused() throws IOException {
        Path dir = temp.resolve("keys");
        directoryAt(dir, "2025-01-01T00:00:00Z").loadOrGenerate();
        Files.copy(dir.resolve("signing-20250101T000000000Z.pem"), dir.resolve("sealing-20250102T000000000Z.pem"));

        assertThatThrownBy(() -> directoryAt(dir, "2025-01-03T00:00:00Z").loadOrGenerate())
                .isInstanceOf(InvalidKeySetException.class)
                .hasMessageContaining("X25519");
    }

    @Test
    void aFileThatIsNotAKeyIsRefused() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("keys"));
        Files.writeString(dir.resolve("sealing-1.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> directoryAt(dir, "2025-01-03T00:00:00Z").loadOrGenerate())
                .isInstanceOf(InvalidKeySetException.class);
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
