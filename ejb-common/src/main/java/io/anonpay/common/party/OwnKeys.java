package io.anonpay.common.party;

import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyDirectory;
import io.anonpay.common.crypto.KeyRetirement;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.KeyRotation;
import io.anonpay.common.crypto.RotatingKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * This server's own sealing and signing keys, from the key directory {@code ANONPAY_KEYS_DIR} (a demo pair is
 * generated there on first start, with a warning), rotated while it runs ({@link RotatingKeys}). A replaced pair
 * keeps opening and verifying for {@code anonpay.keys.overlap} (ISO-8601, {@code ANONPAY_KEYS_OVERLAP}); the default
 * outlasts the longest-lived thing made with it: a shipping receipt or fee claim is signed for 30 days, and the
 * recipient name such a claim carries is opened when the claim arrives; a day more covers the five minutes a
 * partner may keep sealing to a replaced key and the time before a parcel is handed over. Give every instance that
 * shares the directory the same overlap.
 */
@ApplicationScoped
public class OwnKeys {

    static final String DEFAULT_OVERLAP = "P31D";

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String directory;

    @Inject
    @ConfigProperty(name = "anonpay.keys.overlap", defaultValue = DEFAULT_OVERLAP)
    Duration overlap;

    private RotatingKeys keys;

    @PostConstruct
    void load() {
        keys = new RotatingKeys(new KeyDirectory(Path.of(directory), Clock.systemUTC(), new SecureRandom()),
                Clock.systemUTC(), overlap);
    }

    /** The keys in force, live: what it returns follows every rotation and retirement. */
    public KeyRing ring() {
        return keys.ring();
    }

    /** The public half, as the JWK set served at {@code api/keys}. */
    public JsonObject jwkSet() {
        return JwkSet.toJson(keys.publicKeys());
    }

    /** A new sealing and signing pair, active and published at once. */
    public KeyRotation rotate() {
        return keys.rotate();
    }

    /** Every key but the active pair out of use now: for a key that leaked. */
    public KeyRetirement retireAllButActive() {
        return keys.retireAllButActive();
    }
}
