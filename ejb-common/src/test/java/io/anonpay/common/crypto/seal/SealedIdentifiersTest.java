package io.anonpay.common.crypto.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.InvalidKeySetException;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.PublicSealingKey;
import io.anonpay.common.crypto.SealingKeyPair;
import io.anonpay.common.crypto.seal.SealingException.Reason;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealedIdentifiersTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyRing mall = KeyRing.generate(RANDOM);
    private final PublicSealingKey mallKey = mall.activeSealingKey().publicKey();

    @Test
    void opensWhatItSealed() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "Fountain pen, blue ✒", mallKey);

        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, id, mall)).isEqualTo("Fountain pen, blue ✒");
    }

    @Test
    void isUrlSafeAndNamesItsVersionAndKey() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);

        assertThat(id).matches("[A-Za-z0-9._-]+").startsWith("v1." + mallKey.kid() + ".");
    }

    @Test
    void sameProductTwiceGivesUnlinkableIdentifiers() {
        String first = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "Diamond necklace", mallKey);
        String second = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "Diamond necklace", mallKey);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(first.lastIndexOf('.'))).isNotEqualTo(second.substring(second.lastIndexOf('.')));
        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, first, mall)).isEqualTo("Diamond necklace");
        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, second, mall)).isEqualTo("Diamond necklace");
    }

    @Test
    void lengthDoesNotRevealTheProductWithinABucket() {
        String shortest = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "x", mallKey);
        String pen = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);
        String longest = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "n".repeat(PlaintextPadding.FIRST_BUCKET_CAPACITY), mallKey);
        String nextBucket = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "n".repeat(PlaintextPadding.FIRST_BUCKET_CAPACITY + 1), mallKey);

        assertThat(pen).hasSameSizeAs(shortest).hasSameSizeAs(longest);
        assertThat(nextBucket.length()).isGreaterThan(longest.length());
        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, nextBucket, mall)).hasSize(PlaintextPadding.FIRST_BUCKET_CAPACITY + 1);
    }

    @Test
    void refusesPlaintextItCannotPadHonestly() {
        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE,
                SealedIdentifiers.seal(IdentifierKind.PURCHASE, "é".repeat(PlaintextPadding.MAX_PLAINTEXT / 2), mallKey), mall))
                .hasSize(PlaintextPadding.MAX_PLAINTEXT / 2);
        assertRejected(() -> SealedIdentifiers.seal(IdentifierKind.PURCHASE, "x".repeat(PlaintextPadding.MAX_PLAINTEXT + 1), mallKey),
                Reason.INVALID_PLAINTEXT);
        assertRejected(() -> SealedIdentifiers.seal(IdentifierKind.PURCHASE, "", mallKey), Reason.INVALID_PLAINTEXT);
        assertRejected(() -> SealedIdentifiers.seal(IdentifierKind.PURCHASE, "\uD800", mallKey), Reason.INVALID_PLAINTEXT);
    }

    @Test
    void oneKindDoesNotOpenAsAnother() {
        String settlement = SealedIdentifiers.seal(IdentifierKind.SETTLEMENT, "Alice Example", mallKey);

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, settlement, mall), Reason.CANNOT_OPEN);
        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.RECIPIENT_NAME, settlement, mall), Reason.CANNOT_OPEN);
    }

    @Test
    void anotherPartyCannotOpenIt() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);
        KeyRing stranger = KeyRing.generate(RANDOM);

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, id, stranger), Reason.UNKNOWN_KEY);
        String relabelled = id.replace(mallKey.kid(), stranger.activeSealingKey().kid());
        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, relabelled, stranger), Reason.CANNOT_OPEN);
    }

    @Test
    void retiredKeysStillOpenAfterRotation() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);
        KeyRing rotated = new KeyRing(List.of(SealingKeyPair.generate(RANDOM), mall.activeSealingKey()), mall.signingKeys());

        assertThat(SealedIdentifiers.open(IdentifierKind.PURCHASE, id, rotated)).isEqualTo("pen");
        assertThat(SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", rotated.activeSealingKey().publicKey()))
                .startsWith("v1." + rotated.activeSealingKey().kid());
    }

    @Test
    void everyTamperedCharacterIsRefused() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);
        int dataStart = id.lastIndexOf('.') + 1;
        for (int i = dataStart; i < id.length(); i += 7) {
            String tampered = id.substring(0, i) + (id.charAt(i) == 'A' ? 'B' : 'A') + id.substring(i + 1);
            assertThatThrownBy(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, tampered, mall))
                    .as("position " + i)
                    .isInstanceOfSatisfying(SealingException.class,
                            e -> assertThat(e.reason()).isIn(Reason.CANNOT_OPEN, Reason.MALFORMED));
        }
        String lastChanged = id.substring(0, id.length() - 1) + (id.endsWith("A") ? 'B' : 'A');
        assertThatThrownBy(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, lastChanged, mall))
                .isInstanceOf(SealingException.class);
    }

    @Test
    void truncatedOrExtendedDataIsMalformed() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, id.substring(0, id.length() - 4), mall), Reason.MALFORMED);
        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, id + "AAAA", mall), Reason.MALFORMED);
    }

    @Test
    void aDegenerateEphemeralKeyDoesNotOpen() {
        String zeros = "v1." + mallKey.kid() + "." + Base64Url.encode(new byte[32 + 256 + 16]);

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, zeros, mall), Reason.CANNOT_OPEN);
    }

    @Test
    void unknownVersionIsNamedAsSuch() {
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, "v2" + id.substring(2), mall), Reason.UNSUPPORTED_VERSION);
    }

    @Test
    void aKeyIdSwappedIntoTheHeaderDoesNotOpen() {
        KeyRing twoKeys = new KeyRing(List.of(SealingKeyPair.generate(RANDOM), mall.activeSealingKey()), mall.signingKeys());
        String id = SealedIdentifiers.seal(IdentifierKind.PURCHASE, "pen", mallKey);
        String swapped = id.replace(mallKey.kid(), twoKeys.activeSealingKey().kid());

        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, swapped, twoKeys), Reason.CANNOT_OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "v1", "v1..", "v1.kid", "v1.kid.data.more", "v1.k!d.AAAA", "v1.kid.AA==",
            "v1.kid.AAAA", "x1.kid.AAAA", "v1.kid.%41", "../../etc/passwd"})
    void garbageIsMalformedOrUnknown(String garbage) {
        assertThatThrownBy(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, garbage, mall))
                .isInstanceOfSatisfying(SealingException.class,
                        e -> assertThat(e.reason()).isIn(Reason.MALFORMED, Reason.UNKNOWN_KEY));
    }

    @Test
    void nullAndHugeInputsAreMalformed() {
        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, null, mall), Reason.MALFORMED);
        assertRejected(() -> SealedIdentifiers.open(IdentifierKind.PURCHASE, "v1.kid." + "A".repeat(10_000), mall), Reason.MALFORMED);
    }

    @Test
    void refusesToSealToADegeneratePartnerKey() {
        PublicSealingKey zero = JwkSet.parse("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\""
                + Base64Url.encode(new byte[32]) + "\"}]}").activeSealingKey();

        assertThatThrownBy(() -> SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME, "Alice", zero))
                .isInstanceOf(InvalidKeySetException.class);
    }

    private static void assertRejected(Runnable action, Reason reason) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(SealingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
