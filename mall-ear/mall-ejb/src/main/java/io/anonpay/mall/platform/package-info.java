/**
 * The mall's footing: its own database (defined from configuration, migrated at start-up), the readiness check,
 * the signed-message wiring ({@code MallContracts}), and the sweep that releases deliveries a killed mall left
 * prepared in the broker ({@code StrandedDeliveries}, {@code PreparedBranchSweep}).
 */
package io.anonpay.mall.platform;
