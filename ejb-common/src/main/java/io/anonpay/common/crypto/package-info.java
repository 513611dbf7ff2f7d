/**
 * A server's own key material (X25519 for receiving sealed data, Ed25519 for signing), its
 * rotation on disk, and the public JWK set (RFC 7517 / RFC 8037) that partners fetch and pin.
 * Uses BouncyCastle's lightweight API only, so nothing is registered as a JCE provider.
 */
package io.anonpay.common.crypto;
