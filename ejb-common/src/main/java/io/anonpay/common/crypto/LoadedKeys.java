package io.anonpay.common.crypto;

/**
 * What {@link KeyDirectory} found. {@code generated} is true when it had to create a key pair
 * because the directory held none: fine for a demo, a reason for the server to warn loudly.
 */
public record LoadedKeys(KeyRing ring, boolean generated) {
}
