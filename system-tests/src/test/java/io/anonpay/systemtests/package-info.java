/**
 * System tests: the whole of anonpay started once per test run through the launcher's own code
 * ({@link io.anonpay.systemtests.RunningSystem}), driven from outside the way a client would, over HTTP with the
 * shared test client or through the command-line client and a browser.
 */
package io.anonpay.systemtests;
