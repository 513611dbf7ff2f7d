/**
 * Sealed identifiers: a short secret (a product name, a customer name) encrypted with HPKE
 * (RFC 9180) to one party's X25519 key and written as a URL-safe text that only that party can
 * open. Randomized and padded, so two identifiers reveal neither equality nor length.
 */
package io.anonpay.common.crypto.seal;
