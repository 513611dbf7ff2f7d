package io.anonpay.credit.card.control;

import io.anonpay.credit.card.entity.PasswordHash;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void usesArgon2idWithAtLeastTheOwaspMinimum() {
        Argon2Parameters parameters = PasswordHasher.parameters(new byte[PasswordHasher.SALT_BYTES]);

        assertThat(parameters.getType()).isEqualTo(Argon2Parameters.ARGON2_id);
        assertThat(parameters.getVersion()).isEqualTo(Argon2Parameters.ARGON2_VERSION_13);
        assertThat(parameters.getMemory()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(parameters.getIterations()).isGreaterThanOrEqualTo(2);
        assertThat(parameters.getLanes()).isEqualTo(1);
    }

    @Test
    void theRightPasswordMatchesAndOthersDoNot() {
        PasswordHash stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", stored)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void saltIsRandomSoEqualPasswordsGiveDifferentHashes() {
        PasswordHash first = hasher.hash("same password");
        PasswordHash second = hasher.hash("same password");

        assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
        assertThat(first.hash()).hasSize(32).isNotEqualTo(second.hash());
    }

    @Test
    void theHashIsNotThePassword() {
        PasswordHash stored = hasher.hash("visible-password");

        assertThat(new String(stored.hash(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("visible");
    }

    @Test
    void unicodeNormalisationMakesComposedAndDecomposedFormsMatch() {
        PasswordHash stored = hasher.hash("Caf\u00e9-2024");

        assertThat(hasher.matches("Cafe\u0301-2024", stored)).isTrue();
    }

    @Test
    void reusedWorkingMemoryGivesTheSameHashesAsFreshMemory() throws Exception {
        PasswordHasher pooled = new PasswordHasher(new SecureRandom(), 2);
        PasswordHash stored = hasher.hash("pooled password");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = i % 2 == 0 ? "pooled password" : "another password";
                checks.add(threads.submit(() -> pooled.matches(password, stored)));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertThat(checks.get(i).get()).isEqualTo(i % 2 == 0);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
