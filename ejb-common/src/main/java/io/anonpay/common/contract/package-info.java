/**
 * The messages that cross servers, as records that JSON-B maps as they are, and their signed form:
 * {@link io.anonpay.common.contract.SignedContracts} turns each into a JWS and back, so no server
 * builds or parses message JSON by hand.
 */
package io.anonpay.common.contract;
