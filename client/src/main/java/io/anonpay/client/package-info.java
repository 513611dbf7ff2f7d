/**
 * The buyer's client terminal on the command line: picocli commands that play the patent's flow over the servers'
 * HTTP APIs (mall, then the designated credit and shipping companies), with readable or JSON output and exit codes
 * that scripts can act on. {@link io.anonpay.client.AnonpayClient} is the entry point.
 */
package io.anonpay.client;
