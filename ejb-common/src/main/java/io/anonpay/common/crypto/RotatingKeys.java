package io.anonpay.common.crypto;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A server's own keys while it runs, from its {@link KeyDirectory}. {@link #rotate()} writes a new generation and
 * makes it active at once; the generation it replaced keeps opening and verifying for the overlap, counted from the
 * moment of its successor, and is then retired: no longer published or used, its files moved to {@code retired/}.
 * Every instance sharing the directory reaches the same ring by the same rule, for the files and the clock are all
 * it depends on: it looks at the directory at least every {@link #RECHECK}, when a key id it does not hold is asked
 * for, and for every {@link #publicKeys()}, so that whichever instance answers {@code api/keys} publishes the newest.
 */
public final class RotatingKeys implements KeyRing.Source {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(RotatingKeys.class.getName());

    private final KeyDirectory directory;
    private final Clock clock;
    private final Duration overlap;
    private final KeyRing live = KeyRing.live(this);
    /** The pairs read so far, by file: a file is read once, not every second. */
    private final Map<KeyFile, Object> read = new HashMap<>();
    private volatile Loaded loaded;

    /** Loads the directory (generating a demo pair when it has none: see {@link KeyDirectory#loadOrGenerate()}). */
    public RotatingKeys(KeyDirectory directory, Clock clock, Duration overlap) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("the key overlap must not be negative: " + overlap);
        }
        this.directory = directory;
        this.clock = clock;
        this.overlap = overlap;
        directory.loadOrGenerate();
        refresh();
    }

    /** The live ring: always the keys in force now. */
    public KeyRing ring() {
        return live;
    }

    public Duration overlap() {
        return overlap;
    }

    @Override
    public KeyRing current() {
        Loaded now = loaded;
        return clock.instant().isBefore(now.nextCheck) ? now.ring : refresh().ring;
    }

    @Override
    public KeyRing lookAgain() {
        return refresh().ring;
    }

    /** What {@code api/keys} publishes: the keys in force, as the directory holds them at this moment. */
    public PublicKeySet publicKeys() {
        return refresh().ring.publicKeys();
    }

    /** A new generation of both pairs, active from now; the pair it replaces retires after the overlap. */
    public synchronized KeyRotation rotate() {
        KeyRing before = refresh().ring;
        Instant activeFrom = directory.rotate();
        KeyRing after = refresh().ring;
        KeyRotation rotation = new KeyRotation(after.activeSealingKey().kid(), after.activeSigningKey().kid(),
                activeFrom, before.activeSealingKey().kid(), before.activeSigningKey().kid(),
                activeFrom.plus(overlap));
        LOG.info(() -> "rotated: " + rotation);
        return rotation;
    }

    /**
     * Retires every key but the active pair now, before its overlap is over: for a key that leaked. What was
     * signed or sealed with those keys and is still on its way is refused from now on.
     */
    public synchronized KeyRetirement retireAllButActive() {
        refresh();
        List<String> retired = new ArrayList<>();
        for (KeyFile file : loaded.files) {
            if (!isActive(file, loaded.files)) {
                retired.add(kidOf(read.get(file)));
                directory.retire(file);
            }
        }
        KeyRing after = refresh().ring;
        LOG.warning(() -> "retired before their overlap ended: " + retired);
        return new KeyRetirement(retired, after.activeSealingKey().kid(), after.activeSigningKey().kid());
    }

    /**
     * Looks at the directory: retires what is due, reads what is new. A file that cannot be read yet (another
     * instance still writing it) is left for the next look, so the ring in force stays usable.
     */
    private synchronized Loaded refresh() {
        Instant now = clock.instant();
        List<KeyFile> files;
        try {
            files = directory.files();
        } catch (UncheckedIOException e) {
            if (loaded == null) {
                throw e;
            }
            LOG.warning(() -> "keeping the keys in force: " + e.getMessage());
            loaded = new Loaded(loaded.ring, loaded.files, now.plus(RECHECK));
            return loaded;
        }
        Instant nextRetirement = Instant.MAX;
        List<KeyFile> inForce = new ArrayList<>();
        KeyFile newer = null;
        for (KeyFile file : files) {
            Instant retireAt = newer == null || !newer.kind().equals(file.kind()) ? Instant.MAX
                    : newer.madeAt() == null ? Instant.MAX : newer.madeAt().plus(overlap);
            newer = file;
            if (!now.isBefore(retireAt)) {
                directory.retire(file);
            } else if (readable(file)) {
                inForce.add(file);
                nextRetirement = retireAt.isBefore(nextRetirement) ? retireAt : nextRetirement;
            }
        }
        read.keySet().retainAll(inForce);
        Loaded previous = loaded;
        Instant nextCheck = nextRetirement.isBefore(now.plus(RECHECK)) ? nextRetirement : now.plus(RECHECK);
        if (previous != null && previous.files.equals(inForce)) {
            loaded = new Loaded(previous.ring, inForce, nextCheck);
        } else if (hasBothKinds(inForce) || previous == null) {
            loaded = new Loaded(ringOf(inForce), inForce, nextCheck);
        } else {
            LOG.warning(() -> "no usable key of a kind left in the key directory; keeping the keys in force");
            loaded = new Loaded(previous.ring, previous.files, now.plus(RECHECK));
        }
        return loaded;
    }

    private static boolean hasBothKinds(List<KeyFile> files) {
        return files.stream().map(KeyFile::kind).distinct().count() == 2;
    }

    private boolean readable(KeyFile file) {
        if (read.containsKey(file)) {
            return true;
        }
        try {
            read.put(file, directory.pair(file));
            return true;
        } catch (InvalidKeySetException e) {
            LOG.warning(() -> "key file not used for now: " + e.getMessage());
            return false;
        }
    }

    private KeyRing ringOf(List<KeyFile> files) {
        List<SealingKeyPair> sealing = new ArrayList<>();
        List<SigningKeyPair> signing = new ArrayList<>();
        for (KeyFile file : files) {
            Object pair = read.get(file);
            if (pair instanceof SealingKeyPair sealingPair) {
                sealing.add(sealingPair);
            } else {
                signing.add((SigningKeyPair) pair);
            }
        }
        return new KeyRing(sealing, signing);
    }

    private static boolean isActive(KeyFile file, List<KeyFile> files) {
        return files.stream().filter(f -> f.kind().equals(file.kind())).findFirst().orElseThrow().equals(file);
    }

    private static String kidOf(Object pair) {
        return pair instanceof SealingKeyPair sealing ? sealing.kid() : ((SigningKeyPair) pair).kid();
    }

    private record Loaded(KeyRing ring, List<KeyFile> files, Instant nextCheck) {
    }
}
