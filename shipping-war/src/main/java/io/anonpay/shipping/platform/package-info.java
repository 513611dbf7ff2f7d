/**
 * The shipping's footing: its own database (defined from configuration, migrated at start-up), the readiness
 * check, its published keys, the signed contracts it verifies and issues, and strict JSON reading.
 */
package io.anonpay.shipping.platform;
