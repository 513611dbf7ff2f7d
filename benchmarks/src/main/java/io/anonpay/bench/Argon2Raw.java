package io.anonpay.bench;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw Argon2id in this JVM with the credit company's parameters (its {@code PasswordHasher}: RFC 9106 Argon2id,
 * version 0x13, 19 MiB, 2 iterations, parallelism 1, 16-byte salt, 32-byte tag, NFC-normalised UTF-8 password),
 * one fresh generator per hash as the server does, on as many threads as there are cores.
 */
final class Argon2Raw {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    /** What a run measured. */
    record Result(int threads, long hashes, double seconds, double cpuSeconds) {
        double perSecond() {
            return hashes / seconds;
        }

        /** CPU seconds one hash costs (all threads' CPU over the hashes). */
        double cpuPerHash() {
            return cpuSeconds / hashes;
        }
    }

    private Argon2Raw() {
    }

    static byte[] hash(String password, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS)
                .withParallelism(PARALLELISM)
                .withSalt(salt)
                .build());
        byte[] tag = new byte[32];
        generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFC)
                .getBytes(StandardCharsets.UTF_8), tag);
        return tag;
    }

    /** Warms up for a second, then hashes on {@code threads} threads for {@code seconds}. */
    static Result run(int threads, double seconds) throws InterruptedException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            hash("warm-up password", salt);
        }
        AtomicLong hashes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        double cpuBefore = Procs.cpuSeconds(List.of(ProcessHandle.current().pid()));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    hash("correct horse battery staple", salt);
                    hashes.incrementAndGet();
                }
            }, "argon2-" + i);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = Procs.cpuSeconds(List.of(ProcessHandle.current().pid())) - cpuBefore;
        return new Result(threads, hashes.get(), elapsed, cpu);
    }
}
