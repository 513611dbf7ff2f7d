package io.anonpay.common.party;

import io.anonpay.common.crypto.InvalidKeySetException;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The partners' public keys as they publish them at {@code api/keys}. A set is fetched when first needed and
 * again after {@link #KEEP} (so a rotation reaches us without a restart), or at once when a message names a
 * key id we do not hold yet. The last set fetched is also kept on disk, one file per partner: a server that
 * restarts while a partner is unreachable still knows the partner's keys. A failed fetch is not retried before
 * {@link #RETRY}, so an unreachable partner costs one connection attempt, not one per request.
 */
final class PartnerKeys {

    static final Duration KEEP = Duration.ofMinutes(5);
    static final Duration RETRY = Duration.ofSeconds(SignatureRejectedException.Reason.KEYS_UNAVAILABLE.retryAfterSeconds());

    private static final Logger LOG = Logger.getLogger(PartnerKeys.class.getName());

    private final Function<Partner, Optional<PublicKeySet>> fetcher;
    private final Path directory;
    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /**
     * @param fetcher   the partner's current key set, empty when it cannot be had now
     * @param directory where the last fetched sets are kept; created when first needed
     */
    PartnerKeys(Function<Partner, Optional<PublicKeySet>> fetcher, Path directory, Clock clock) {
        this.fetcher = fetcher;
        this.directory = directory;
        this.clock = clock;
    }

    /** The freshest keys we can have now: fetched, or the last fetched; empty when we never had them. */
    Optional<PublicKeySet> of(Partner partner) {
        return of(partner, null);
    }

    /** As {@link #of(Partner)}, for a message signed with {@code kid}: fetches again when that key is new to us. */
    Optional<PublicKeySet> of(Partner partner, String kid) {
        Held entry = held.computeIfAbsent(partner.id(), id -> new Held(read(partner)));
        PublicKeySet holding = entry.keys;
        if (!entry.worthFetching(clock.instant(), kid)) {
            return Optional.ofNullable(holding);
        }
        // While one request fetches, the others go on with the keys we hold; with none, they wait for it.
        if (holding == null) {
            entry.lock.lock();
        } else if (!entry.lock.tryLock()) {
            return Optional.of(holding);
        }
        try {
            Instant now = clock.instant();
            if (entry.worthFetching(now, kid)) {
                entry.nextAttempt = now.plus(RETRY);
                fetcher.apply(partner).ifPresent(fresh -> {
                    entry.keys = fresh;
                    entry.freshUntil = now.plus(KEEP);
                    write(partner, fresh, entry);
                });
            }
            return Optional.ofNullable(entry.keys);
        } finally {
            entry.lock.unlock();
        }
    }

    private Path file(Partner partner) {
        return directory.resolve(partner.id() + ".json");
    }

    /** The set kept on disk, if it was fetched from the partner's current address. */
    private PublicKeySet read(Partner partner) {
        Path file = file(partner);
        try (JsonReader reader = Jsonp.reader(Files.newInputStream(file))) {
            JsonObject kept = reader.readObject();
            if (!partner.baseUrl().toString().equals(kept.getString("baseUrl", null))) {
                LOG.info(() -> "keys of " + partner.id() + " in " + file + " are from another address; not used");
                return null;
            }
            if (!(kept.get("keys") instanceof JsonObject keys)) {
                throw new InvalidKeySetException("no \"keys\" object");
            }
            return JwkSet.parse(keys);
        } catch (NoSuchFileException never) {
            return null;
        } catch (IOException | JsonException | IllegalStateException | InvalidKeySetException | ClassCastException e) {
            LOG.warning(() -> "keys of " + partner.id() + " in " + file + " cannot be read; not used: " + e);
            return null;
        }
    }

    /** Keeps the set for the next start, replacing the file whole so that a reader never sees half of it. */
    private void write(Partner partner, PublicKeySet keys, Held entry) {
        String json = Jsonp.object().add("partner", partner.id()).add("baseUrl", partner.baseUrl().toString())
                .add("keys", JwkSet.toJson(keys)).build().toString();
        if (json.equals(entry.written)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, partner.id() + "-", ".partial");
            Files.writeString(partial, json);
            Files.move(partial, file(partner), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            entry.written = json;
        } catch (IOException e) {
            // The keys in memory serve this run; only a restart while the partner is unreachable would miss them.
            LOG.warning(() -> "keys of " + partner.id() + " cannot be kept in " + directory + ": " + e);
        }
    }

    private static final class Held {
        final ReentrantLock lock = new ReentrantLock();
        volatile PublicKeySet keys;
        volatile Instant freshUntil = Instant.MIN;
        volatile Instant nextAttempt = Instant.MIN;
        volatile String written;

        Held(PublicKeySet fromDisk) {
            keys = fromDisk;
        }

        boolean worthFetching(Instant now, String kid) {
            boolean wanted = keys == null || !now.isBefore(freshUntil)
                    || kid != null && keys.signingKey(kid).isEmpty();
            return wanted && !now.isBefore(nextAttempt);
        }
    }
}
