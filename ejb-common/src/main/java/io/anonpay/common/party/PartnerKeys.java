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
 * again after {@link #KEEP} (so a rotation reaches us without a restart, and a retired key leaves), or at once
 * when a message names a key id we do not hold yet (the requests carrying it wait for that fetch). The last set
 * fetched is also kept on disk, one file per partner: a server that restarts while a partner is unreachable still
 * knows the partner's keys. While we hold keys, the partner is asked again at most once per {@link #RETRY}, by one
 * request while the others go on with the keys held; an unreachable partner costs one connection attempt, not one
 * per request.
 */
final class PartnerKeys {

    static final Duration KEEP = Duration.ofMinutes(5);
    static final Duration RETRY = Duration.ofSeconds(10);
    /** A partner's {@code api/keys} is a small static answer: once a second is nothing to it. */
    static final Duration NEW_KEY_RETRY = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(PartnerKeys.class.getName());

    private final Function<Partner, Optional<PublicKeySet>> fetcher;
    private final Path directory;
    private final Clock clock;
    private final Pause pause;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /**
     * @param fetcher   the partner's current key set, empty when it cannot be had now
     * @param directory where the last fetched sets are kept; created when first needed
     */
    PartnerKeys(Function<Partner, Optional<PublicKeySet>> fetcher, Path directory, Clock clock) {
        this(fetcher, directory, clock, Pause.sleeping(clock));
    }

    PartnerKeys(Function<Partner, Optional<PublicKeySet>> fetcher, Path directory, Clock clock, Pause pause) {
        this.fetcher = fetcher;
        this.directory = directory;
        this.clock = clock;
        this.pause = pause;
    }

    /** The freshest keys we can have now: fetched, or the last fetched; empty when we never had them. */
    Optional<PublicKeySet> of(Partner partner) {
        return of(partner, null);
    }

    /** As {@link #of(Partner)}, for a message signed with {@code kid}: fetches again when that key is new to us. */
    Optional<PublicKeySet> of(Partner partner, String kid) {
        Held entry = held.computeIfAbsent(partner.id(), id -> new Held(read(partner)));
        long askedSeen = entry.asked;
        PublicKeySet holding = entry.keys;
        return holding == null ? firstKeys(partner, entry) : refreshed(partner, entry, holding, kid, askedSeen);
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

    /** The keys held, refreshed first when they lack {@code kid}, or at most once per {@link #RETRY} when old. */
    private Optional<PublicKeySet> refreshed(Partner partner, Held entry, PublicKeySet holding, String kid,
                                             long askedSeen) {
        if (kid != null && holding.signingKey(kid).isEmpty()) {
            return withNewKey(partner, entry, kid, askedSeen);
        }
        Instant now = clock.instant();
        // While one request fetches, the others go on with the keys held.
        if (now.isBefore(entry.freshUntil) || now.isBefore(entry.nextAttempt) || !entry.lock.tryLock()) {
            return Optional.of(holding);
        }
        try {
            if (now.isBefore(entry.nextAttempt)) {
                return Optional.of(entry.keys);
            }
            entry.nextAttempt = now.plus(RETRY);
            fetch(partner, entry);
            return Optional.of(entry.keys);
        } finally {
            entry.lock.unlock();
        }
    }

    /**
     * For a message signed with a key we do not hold: the partner may have just rotated. Waits for a fetch under
     * way rather than refusing with the keys held, and asks the partner unless someone did since this request
     * began, so the answer is certain: a key still missing was not published when the message existed. Asks at
     * most once per {@link #NEW_KEY_RETRY}, the requests that come sooner waiting their turn, so that forged key ids
     * cannot have us ask over and over. Empty when the partner did not answer: the message may be genuine, so the
     * caller answers "try again".
     */
    private Optional<PublicKeySet> withNewKey(Partner partner, Held entry, String kid, long askedSeen) {
        entry.lock.lock();
        try {
            if (entry.keys.signingKey(kid).isPresent() || entry.asked != askedSeen) {
                return Optional.of(entry.keys);
            }
            if (!pause.until(entry.nextNewKeyAttempt)) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            entry.nextNewKeyAttempt = now.plus(NEW_KEY_RETRY);
            entry.nextAttempt = now.plus(RETRY);
            return fetch(partner, entry) ? Optional.of(entry.keys) : Optional.empty();
        } finally {
            entry.lock.unlock();
        }
    }

    /** Asks the partner, true when it answered; call it holding the entry's lock. */
    private boolean fetch(Partner partner, Held entry) {
        entry.asked++;
        Optional<PublicKeySet> fresh = fetcher.apply(partner);
        fresh.ifPresent(keys -> {
            entry.keys = keys;
            entry.freshUntil = clock.instant().plus(KEEP);
            write(partner, keys, entry);
        });
        entry.answers++;
        return fresh.isPresent();
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

    /** Waits until an instant of the clock; false when interrupted. */
    @FunctionalInterface
    interface Pause {
        boolean until(Instant when);

        static Pause sleeping(Clock clock) {
            return when -> {
                Instant now = clock.instant();
                if (!now.isBefore(when)) {
                    return true;
                }
                try {
                    Thread.sleep(Duration.between(now, when).toMillis());
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            };
        }
    }

    private static final class Held {
        final ReentrantLock lock = new ReentrantLock();
        volatile PublicKeySet keys;
        volatile Instant freshUntil = Instant.MIN;
        volatile Instant nextAttempt = Instant.MIN;
        volatile Instant nextNewKeyAttempt = Instant.MIN;
        /** How many times the partner was asked, whatever it answered: written under the lock. */
        volatile long answers;
        /** How many times asking the partner began: written under the lock. */
        volatile long asked;
        volatile String written;

        Held(PublicKeySet fromDisk) {
            keys = fromDisk;
        }
    }
}
