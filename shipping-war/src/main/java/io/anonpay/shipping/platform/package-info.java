/**
 * The shipping's plumbing: its own database (defined from configuration, migrated at start-up), the JAX-RS
 * application, its published keys and the signed contracts it verifies and issues.
 */
package io.anonpay.shipping.platform;
