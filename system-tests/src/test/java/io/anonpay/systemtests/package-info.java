/**
 * System tests: the whole of anonpay started once per test run through the launcher's own code
 * ({@link io.anonpay.systemtests.RunningSystem}), driven from outside over HTTP the way a client would.
 */
package io.anonpay.systemtests;
