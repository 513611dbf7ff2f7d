/**
 * The credit's footing: its own database (defined from configuration, migrated at start-up),
 * the API application, its published keys, and the signed messages it verifies and issues.
 */
package io.anonpay.credit.platform;
