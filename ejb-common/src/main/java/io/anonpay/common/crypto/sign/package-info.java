/**
 * Signed messages: JWS compact serialization (RFC 7515) with EdDSA/Ed25519 (RFC 8037), claims
 * with issuer, audience, issued-at, expiry and a unique id, and a verifier that rejects forged,
 * misdirected, stale or replayed messages with a distinct reason each.
 */
package io.anonpay.common.crypto.sign;
