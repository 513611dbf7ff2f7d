/**
 * The one-command launcher: starts PostgreSQL, the broker and the three Payara Micro servers, waits until they
 * are really ready, says where everything is and stops it all on Ctrl-C. {@link io.anonpay.launcher.AnonpaySystem}
 * is the programmatic entry point that system tests reuse.
 */
package io.anonpay.launcher;
