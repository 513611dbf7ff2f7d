/**
 * The mall's footing: its own database (defined from configuration, migrated at start-up) and the readiness
 * check that tells the launcher and load balancers when the mall can serve.
 */
package io.anonpay.mall.platform;
