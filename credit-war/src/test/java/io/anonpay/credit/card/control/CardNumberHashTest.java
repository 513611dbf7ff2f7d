package io.anonpay.credit.card.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardNumberHashTest {

    @Test
    void sameNumberSameKeySameHashButAnotherKeyGivesAnother() {
        SecretKeySpec one = CardNumberHash.keyOf(new byte[32]);
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        SecretKeySpec other = CardNumberHash.keyOf(otherSecret);

        assertThat(CardNumberHash.of(one, "4111111111111111")).isEqualTo(CardNumberHash.of(one, "4111111111111111"))
                .hasSize(32)
                .isNotEqualTo(CardNumberHash.of(other, "4111111111111111"))
                .isNotEqualTo(CardNumberHash.of(one, "4111111111111112"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> CardNumberHash.keyOf(new byte[16])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void generatedKeyFileIsOwnerOnlyAndStable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve(CardNumberHash.KEY_FILE);

        byte[] first = SecretFile.readOrCreate(file, 32);
        byte[] again = SecretFile.readOrCreate(file, 32);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }
}
