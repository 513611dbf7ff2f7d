package io.anonpay.credit.session.boundary;

import java.time.Instant;

/**
 * An opened payment session: {@code sessionToken} pays (in {@code POST api/settlements}) with the card shown as
 * {@code maskedNumber} until {@code expiresAt}, without the password again. Given out once; keep it like a password.
 */
public record OpenedSession(String sessionToken, Instant expiresAt, String maskedNumber) {
}
