/**
 * The reliability suite: concurrency, outages and crashes injected through the launcher's broker and server
 * handles, hostile input, poison messages and access rules. Tests act through the servers' APIs
 * ({@link io.anonpay.systemtests.reliability.Api}) and check the result in the databases, on the broker and in the
 * logs, as an auditor would; {@link io.anonpay.systemtests.reliability.Scale} sets the fast or the long part.
 */
package io.anonpay.systemtests.reliability;
