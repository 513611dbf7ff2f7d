package io.anonpay.credit.card.control;

import io.anonpay.credit.card.entity.PasswordHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Argon2id (RFC 9106) with the OWASP minimum: 19 MiB of memory, 2 iterations, parallelism 1, a 16-byte random
 * salt and a 32-byte tag. One check costs about 70 ms and 19 MiB here, which is why {@link PasswordChecks}
 * bounds how many run at once. Passwords are NFC-normalised so the same password typed on any device matches.
 *
 * <p>Each hash needs 19 MiB of working memory (19,456 blocks of 1 KiB). Allocated afresh per hash, that is ~19 MiB of
 * garbage per check, and a few checks in flight outgrow the young generation of a small heap: they were promoted and
 * collected by full GCs, a quarter of the server's time under load (docs/benchmarks.md). So the working memory is
 * kept in pools and reused: at most {@code retainedPools} of them (one per check allowed at once), each used by one
 * hash at a time. BouncyCastle zeroes every block before it returns it to its pool.
 */
public final class PasswordHasher {

    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    private final SecureRandom random;
    private final int retainedPools;
    private final ConcurrentLinkedQueue<Argon2BytesGenerator.BlockPool> pools = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();

    public PasswordHasher(SecureRandom random) {
        this(random, 1);
    }

    /** @param retainedPools how many 19 MiB working memories to keep for reuse (the checks allowed at once) */
    public PasswordHasher(SecureRandom random, int retainedPools) {
        this.random = random;
        this.retainedPools = retainedPools;
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
        return builder(salt).build();
    }

    private static Argon2Parameters.Builder builder(byte[] salt) {
        return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS)
                .withParallelism(PARALLELISM)
                .withSalt(salt);
    }

    byte[] derive(String password, byte[] salt) {
        Argon2BytesGenerator.BlockPool pool = pools.poll();
        if (pool == null) {
            pool = new Argon2BytesGenerator.FixedBlockPool(Argon2BytesGenerator.getBlockCount(MEMORY_KIB, PARALLELISM));
        } else {
            pooled.decrementAndGet();
        }
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(builder(salt).withBlockPool(pool).build());
            byte[] tag = new byte[HASH_BYTES];
            generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8),
                    tag);
            return tag;
        } finally {
            if (pooled.incrementAndGet() <= retainedPools) {
                pools.offer(pool);
            } else {
                pooled.decrementAndGet();
            }
        }
    }
}
