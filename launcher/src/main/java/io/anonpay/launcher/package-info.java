/**
 * The one-command launcher: starts PostgreSQL, the broker and the three Payara Micro servers, waits until they
 * are really ready, says where everything is and stops it all on Ctrl-C. {@link io.anonpay.launcher.AnonpaySystem}
 * is the programmatic entry point that system tests and the benchmark reuse; its {@link
 * io.anonpay.launcher.BrokerHandle} and {@link io.anonpay.launcher.ServerHandle} let the system tests kill, stop
 * and restart the broker and the servers, or run a second instance of a server.
 */
package io.anonpay.launcher;
