/**
 * Support for the in-container tests: the infrastructure a Failsafe run starts once (PostgreSQL, broker) and
 * plain HTTP helpers for tests that act as clients of a deployed server.
 */
package io.anonpay.it;
