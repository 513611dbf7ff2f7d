/**
 * The readiness checks every party runs, in this library because WildFly registers the health checks of an EAR's
 * library and not those of its modules: {@code database} (reachable, migrated, which JPA provider) and
 * {@code broker} (reached through the party's connection factory).
 */
package io.anonpay.common.health;
