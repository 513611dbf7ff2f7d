/**
 * The servers' OpenAPI documents taken at their word. {@link io.anonpay.contract.ServedContracts} checks every reply
 * a test's {@code JsonHttp} receives from a server's {@code api/} against the document that server serves at
 * {@code /openapi}; it is on the class path of every test that depends on this module (it-support brings it to the
 * in-container tests, system-tests has it) and runs where {@code -Danonpay.contract.check=true} is set (e.g. on the
 * Maven command line of a module's {@code verify}). The packages
 * {@code io.anonpay.contract.<server>.api}, {@code .model} and {@code .client} are the Java clients openapi-generator
 * makes of each document at build time (jersey3, a JAX-RS client).
 */
package io.anonpay.contract;
