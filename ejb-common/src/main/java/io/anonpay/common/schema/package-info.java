/**
 * Each server's schema: versioned SQL migrations (from {@code sql/<server>/}) applied by Flyway when the server
 * starts, and what the readiness check learns of it ({@code MigratedDatabase}).
 */
package io.anonpay.common.schema;
