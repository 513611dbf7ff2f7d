/**
 * The mall's footing: its own database (defined from configuration, migrated at start-up) and the signed-message
 * wiring ({@code MallContracts}).
 */
package io.anonpay.mall.platform;
