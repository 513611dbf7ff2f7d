/**
 * Support for the in-container tests: the infrastructure a Failsafe run starts once (PostgreSQL, broker), the
 * partner servers the test plays ({@link io.anonpay.it.TestParties}), the broker as a partner sees it
 * ({@link io.anonpay.it.BrokerClient}), and {@link io.anonpay.it.Http}, the shared test HTTP client for tests that
 * act as clients of a deployed server.
 */
package io.anonpay.it;
