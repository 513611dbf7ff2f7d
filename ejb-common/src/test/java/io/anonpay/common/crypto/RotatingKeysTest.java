package io.anonpay.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.crypto.seal.SealingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation and retirement with a clock the test moves: nothing here waits. */
class RotatingKeysTest {

    private static final Duration OVERLAP = Duration.ofDays(31);

    private final MovableClock clock = new MovableClock();

    @TempDir
    Path temp;

    private RotatingKeys keysIn(Path dir) {
        return new RotatingKeys(new KeyDirectory(dir, clock, new SecureRandom()), clock, OVERLAP);
    }

    @Test
    void aRotationIsActiveAndPublishedAtOnceAndTheOldPairStillOpensAndVerifies() {
        RotatingKeys keys = keysIn(temp.resolve("keys"));
        KeyRing ring = keys.ring();
        SealingKeyPair oldSealing = ring.activeSealingKey();
        SigningKeyPair oldSigning = ring.activeSigningKey();
        String sealedBefore = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", oldSealing.publicKey());
        clock.pass(Duration.ofMinutes(1));

        KeyRotation rotation = keys.rotate();

        assertThat(rotation.activeFrom()).isEqualTo(clock.instant());
        assertThat(rotation.previousSealingKid()).isEqualTo(oldSealing.kid());
        assertThat(rotation.previousSigningKid()).isEqualTo(oldSigning.kid());
        assertThat(rotation.previousRetireAt()).isEqualTo(clock.instant().plus(OVERLAP));
        assertThat(ring.activeSealingKey().kid()).as("the ring handed out before follows")
                .isEqualTo(rotation.sealingKid()).isNotEqualTo(oldSealing.kid());
        assertThat(ring.activeSigningKey().kid()).isEqualTo(rotation.signingKid()).isNotEqualTo(oldSigning.kid());
        assertThat(kids(keys.publicKeys())).containsExactly(
                rotation.sealingKid(), oldSealing.kid(), rotation.signingKid(), oldSigning.kid());
        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, sealedBefore, ring)).isEqualTo("pen");
        assertThat(ring.signingKey(oldSigning.kid())).isPresent();
    }

    @Test
    void afterTheOverlapTheOldPairIsRetiredUnpublishedAndMovedAside() throws IOException {
        Path dir = temp.resolve("keys");
        RotatingKeys keys = keysIn(dir);
        KeyRing ring = keys.ring();
        SealingKeyPair oldSealing = ring.activeSealingKey();
        String sealedBefore = SealedIdentifiers.seal(IdentifierKind.SETTLEMENT, "Alice", oldSealing.publicKey());
        clock.pass(Duration.ofHours(1));
        KeyRotation rotation = keys.rotate();

        clock.pass(OVERLAP.minusMillis(1));
        assertThat(ring.sealingKey(oldSealing.kid())).as("a millisecond before the end of the overlap").isPresent();

        clock.pass(Duration.ofMillis(1));
        assertThat(ring.sealingKey(oldSealing.kid())).isEmpty();
        assertThat(ring.signingKey(rotation.previousSigningKid())).isEmpty();
        assertThat(kids(keys.publicKeys())).containsExactly(rotation.sealingKid(), rotation.signingKid());
        assertThatThrownBy(() -> SealedIdentifiers.open(IdentifierKind.SETTLEMENT, sealedBefore, ring))
                .isInstanceOf(SealingException.class)
                .extracting(e -> ((SealingException) e).reason()).isEqualTo(SealingException.Reason.UNKNOWN_KEY);
        assertThat(names(dir)).hasSize(2).allMatch(name -> name.contains(generation(rotation.activeFrom())));
        assertThat(names(dir.resolve("retired"))).hasSize(2)
                .noneMatch(name -> name.contains(generation(rotation.activeFrom())));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("retired"))))
                .isEqualTo("rwx------");
    }

    @Test
    void eachGenerationRetiresAnOverlapAfterItsSuccessorCame() {
        RotatingKeys keys = keysIn(temp.resolve("keys"));
        String first = keys.ring().activeSigningKey().kid();
        clock.pass(Duration.ofDays(10));
        String second = keys.rotate().signingKid();
        clock.pass(Duration.ofDays(10));
        String third = keys.rotate().signingKid();

        clock.pass(OVERLAP.minusDays(10));
        assertThat(keys.ring().signingKeys()).extracting(SigningKeyPair::kid).containsExactly(third, second);

        clock.pass(Duration.ofDays(10));
        assertThat(keys.ring().signingKeys()).extracting(SigningKeyPair::kid).containsExactly(third);
        assertThat(first).isNotIn(third, second);
    }

    @Test
    void anotherInstanceSharingTheDirectoryOpensWithTheNewKeyAtOnceAndSignsWithItWithinASecond() {
        Path dir = temp.resolve("keys");
        RotatingKeys first = keysIn(dir);
        RotatingKeys second = keysIn(dir);
        KeyRing secondRing = second.ring();
        String oldSigning = secondRing.activeSigningKey().kid();
        clock.pass(Duration.ofMillis(10));

        KeyRotation rotation = first.rotate();
        String sealedToNew = SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME, "Bob",
                first.ring().activeSealingKey().publicKey());

        assertThat(SealedIdentifiers.open(IdentifierKind.RECIPIENT_NAME, sealedToNew, secondRing))
                .as("a key id it did not hold makes it look again").isEqualTo("Bob");
        assertThat(kids(second.publicKeys())).as("what it publishes is read at once")
                .startsWith(rotation.sealingKid());
        clock.pass(RotatingKeys.RECHECK);
        assertThat(secondRing.activeSigningKey().kid()).isEqualTo(rotation.signingKid()).isNotEqualTo(oldSigning);
    }

    @Test
    void retirementHappensOnEveryInstanceWhoeverMovesTheFiles() {
        Path dir = temp.resolve("keys");
        RotatingKeys first = keysIn(dir);
        RotatingKeys second = keysIn(dir);
        String old = second.ring().activeSealingKey().kid();
        clock.pass(Duration.ofSeconds(1));
        first.rotate();
        assertThat(second.ring().sealingKey(old)).isPresent();

        clock.pass(OVERLAP);
        assertThat(first.ring().sealingKey(old)).as("the first retires and moves the files").isEmpty();
        assertThat(second.ring().sealingKey(old)).isEmpty();
        assertThat(kids(second.publicKeys())).doesNotContain(old);
    }

    @Test
    void anEarlyRetirementLeavesOnlyTheActivePairOnEveryInstance() {
        Path dir = temp.resolve("keys");
        RotatingKeys first = keysIn(dir);
        RotatingKeys second = keysIn(dir);
        String oldSealing = first.ring().activeSealingKey().kid();
        String oldSigning = first.ring().activeSigningKey().kid();
        clock.pass(Duration.ofSeconds(1));
        KeyRotation rotation = first.rotate();

        KeyRetirement retirement = first.retireAllButActive();

        assertThat(retirement.retiredKids()).containsExactlyInAnyOrder(oldSealing, oldSigning);
        assertThat(retirement.sealingKid()).isEqualTo(rotation.sealingKid());
        assertThat(kids(first.publicKeys())).containsExactly(rotation.sealingKid(), rotation.signingKid());
        assertThat(second.ring().sealingKey(oldSealing)).as("the files are gone: a second look finds nothing")
                .isEmpty();
        clock.pass(RotatingKeys.RECHECK);
        assertThat(second.ring().signingKeys()).extracting(SigningKeyPair::kid).containsExactly(rotation.signingKid());
    }

    @Test
    void twoRotationsInOneMillisecondMakeTwoGenerations() {
        RotatingKeys keys = keysIn(temp.resolve("keys"));

        KeyRotation one = keys.rotate();
        KeyRotation two = keys.rotate();

        assertThat(two.activeFrom()).isAfter(one.activeFrom());
        assertThat(keys.ring().activeSealingKey().kid()).isEqualTo(two.sealingKid());
        assertThat(keys.ring().sealingKeys()).hasSize(3);
    }

    @Test
    void aHalfWrittenKeyIsLeftForTheNextLookAndTheKeysInForceStay() throws IOException {
        Path dir = temp.resolve("keys");
        RotatingKeys keys = keysIn(dir);
        String active = keys.ring().activeSealingKey().kid();
        Files.writeString(dir.resolve("sealing-29990101T000000000Z.pem"), "-----BEGIN PRIV");

        clock.pass(RotatingKeys.RECHECK);

        assertThat(keys.ring().activeSealingKey().kid()).isEqualTo(active);
        assertThat(keys.publicKeys().sealingKeys()).hasSize(1);
    }

    @Test
    void aNegativeOverlapIsRefused() {
        assertThatThrownBy(() -> new RotatingKeys(new KeyDirectory(temp, clock, new SecureRandom()), clock,
                Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> kids(PublicKeySet keys) {
        return Stream.concat(keys.sealingKeys().stream().map(PublicSealingKey::kid),
                keys.signingKeys().stream().map(PublicSigningKey::kid)).toList();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }

    private static String generation(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC)
                .format(at);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T12:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
