/**
 * The transactional outbox: a message to another party is written in the same database transaction as the
 * business change it reports, and a relay sends what committed to the broker afterwards. A crash loses nothing
 * and sends nothing that did not commit; the receiver is idempotent, so a resend after a crash is harmless.
 */
package io.anonpay.common.outbox;
