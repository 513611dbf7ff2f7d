package io.anonpay.common.party;

import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyDirectory;
import io.anonpay.common.crypto.KeyRing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * This server's own sealing and signing keys, from the key directory {@code ANONPAY_KEYS_DIR}
 * (a demo pair is generated there on first start, with a warning).
 */
@ApplicationScoped
public class OwnKeys {

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String directory;

    private KeyRing ring;

    @PostConstruct
    void load() {
        ring = new KeyDirectory(Path.of(directory)).loadOrGenerate().ring();
    }

    public KeyRing ring() {
        return ring;
    }

    /** The public half, as the JWK set served at {@code api/keys}. */
    public JsonObject jwkSet() {
        return JwkSet.toJson(ring.publicKeys());
    }
}
