/**
 * The one HTTP client of the code that calls the servers from outside: in-container tests (through it-support's
 * {@code Http}), system tests and the benchmark. It returns what a server answered and leaves judging it to them.
 */
package io.anonpay.testhttp;
