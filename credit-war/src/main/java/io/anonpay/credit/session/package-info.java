/**
 * Payment sessions: the cardholder's password is checked once (one Argon2id check, counted toward the lockout like
 * a payment), and the returned session token then pays several purchases on that card without another check until
 * it expires. Only the token's SHA-256 is stored.
 */
package io.anonpay.credit.session;
