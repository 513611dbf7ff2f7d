/**
 * {@code ./anonpay run --tls}: a local certificate authority and one certificate per server, made on the first
 * TLS run and kept in the data directory's {@code tls/}, so that the servers, the broker and the client trust each
 * other and nothing else.
 */
package io.anonpay.launcher.tls;
