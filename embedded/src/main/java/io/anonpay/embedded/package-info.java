/**
 * The embedded infrastructure anonpay runs on by default: a real PostgreSQL started from the binaries Maven
 * Central serves, with one database and one role per server, and a standalone persistent ActiveMQ broker.
 */
package io.anonpay.embedded;
