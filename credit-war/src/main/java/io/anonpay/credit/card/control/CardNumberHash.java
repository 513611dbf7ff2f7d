package io.anonpay.credit.card.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * The keyed hash (HMAC-SHA256) that finds a card by its number: without the key, the hashes in the database
 * cannot be tested against the (small) space of card numbers. The key is {@code CARD_HASH_KEY} (base64, at least
 * 32 bytes) or else a secret kept in the key directory, generated on first start. Every instance of the server
 * must use the same key: set {@code CARD_HASH_KEY} or share the key directory.
 */
@ApplicationScoped
public class CardNumberHash {

    static final String KEY_FILE = "card-number-hmac.key";

    @Inject
    @ConfigProperty(name = "card.hash.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String keysDirectory;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        byte[] secret = configuredKey.filter(k -> !k.isBlank())
                .map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseGet(() -> SecretFile.readOrCreate(Path.of(keysDirectory).resolve(KEY_FILE), 32));
        key = keyOf(secret);
    }

    static SecretKeySpec keyOf(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException("the card number hash key must have at least 32 bytes");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    /** @param number the normalised card number (digits only) */
    public byte[] of(String number) {
        return of(key, number);
    }

    static byte[] of(SecretKeySpec key, String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(number.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
