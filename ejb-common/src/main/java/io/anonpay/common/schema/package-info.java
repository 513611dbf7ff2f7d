/**
 * Each server's schema: versioned SQL migrations (from {@code sql/<server>/}) applied by Flyway when the server
 * starts, and the readiness check that stays DOWN until the database is reachable and migrated.
 */
package io.anonpay.common.schema;
