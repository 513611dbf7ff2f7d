package io.anonpay.common.crypto;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One key file of a {@link KeyDirectory}: its kind ({@code sealing} or {@code signing}), its generation as named and
 * the time that names ({@link Instant#EPOCH} for a file without one, null for a name that is not a time).
 */
record KeyFile(String kind, String generation, Instant madeAt, Path path) {
}
