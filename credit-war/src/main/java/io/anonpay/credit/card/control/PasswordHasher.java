package io.anonpay.credit.card.control;

import io.anonpay.credit.card.entity.PasswordHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;

/**
 * Argon2id (RFC 9106) with the OWASP minimum: 19 MiB of memory, 2 iterations, parallelism 1, a 16-byte random
 * salt and a 32-byte tag. One check costs about 70 ms and 19 MiB here, which is why {@link PasswordChecks}
 * bounds how many run at once. Passwords are NFC-normalised so the same password typed on any device matches.
 */
public final class PasswordHasher {

    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    private final SecureRandom random;

    public PasswordHasher(SecureRandom random) {
        this.random = random;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(derive(password, salt), salt);
    }

    /** Compares in constant time, so the time taken says nothing about how much of the hash matched. */
    public boolean matches(String password, PasswordHash stored) {
        return MessageDigest.isEqual(derive(password, stored.salt()), stored.hash());
    }

    static Argon2Parameters parameters(byte[] salt) {
        return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS)
                .withParallelism(PARALLELISM)
                .withSalt(salt)
                .build();
    }

    static byte[] derive(String password, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters(salt));
        byte[] tag = new byte[HASH_BYTES];
        generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8), tag);
        return tag;
    }
}
