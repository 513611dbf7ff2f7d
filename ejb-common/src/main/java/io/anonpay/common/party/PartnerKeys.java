package io.anonpay.common.party;

import io.anonpay.common.crypto.InvalidKeySetException;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.PublicKeySet;
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
 * restarts while a partner is unreachable still knows the partner's keys. While we hold keys, the partner is
 * asked again at most once per {@link #RETRY}, by one request while the others go on with the keys held; an
 * unreachable partner costs one connection attempt, not one per request.
 */
final class PartnerKeys {

    static final Duration KEEP = Duration.ofMinutes(5);
    static final Duration RETRY = Duration.ofSeconds(10);

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
        return holding == null ? firstKeys(partner, entry) : Optional.of(refreshed(partner, entry, holding, kid));
    }

    /**
     * With no keys to go on, every request may ask the partner, one at a time: those that waited while another
     * asked take its answer, keys or none, so that a partner that does not answer holds each request up once.
     */
    private Optional<PublicKeySet> firstKeys(Partner partner, Held entry) {
        long answersSeen = entry.answers;
        entry.lock.lock();
        try {
            if (entry.keys == null && entry.answers == answersSeen) {
                fetch(partner, entry);
            }
            return Optional.ofNullable(entry.keys);
        } finally {
            entry.lock.unlock();
        }
    }

    /** The keys held, refreshed first when they are old or lack {@code kid}, at most once per {@link #RETRY}. */
    private PublicKeySet refreshed(Partner partner, Held entry, PublicKeySet holding, String kid) {
        Instant now = clock.instant();
        boolean wanted = !now.isBefore(entry.freshUntil) || kid != null && holding.signingKey(kid).isEmpty();
        // While one request fetches, the others go on with the keys held.
        if (!wanted || now.isBefore(entry.nextAttempt) || !entry.lock.tryLock()) {
            return holding;
        }
        try {
            if (now.isBefore(entry.nextAttempt)) {
                return entry.keys;
            }
            entry.nextAttempt = now.plus(RETRY);
            fetch(partner, entry);
            return entry.keys;
        } finally {
            entry.lock.unlock();
        }
    }

    /** Asks the partner; call it holding the entry's lock. */
    private void fetch(Partner partner, Held entry) {
        Optional<PublicKeySet> fresh = fetcher.apply(partner);
        fresh.ifPresent(keys -> {
            entry.keys = keys;
            entry.freshUntil = clock.instant().plus(KEEP);
            write(partner, keys, entry);
        });
        entry.answers++;
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
        /** How many times the partner was asked, whatever it answered: written under the lock. */
        volatile long answers;
        volatile String written;

        Held(PublicKeySet fromDisk) {
            keys = fromDisk;
        }
    }
}
