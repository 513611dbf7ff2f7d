/**
 * The messages that cross servers, as records that check their own fields, and their signed form:
 * {@link io.anonpay.common.contract.SignedContracts} turns each into a JWS and back, with
 * {@code ContractClaims} mapping each record's fields to claims by hand (JSON-P, no reflection), so no
 * server builds or parses message JSON itself. {@link io.anonpay.common.contract.PurchaseKey} is the one
 * key every party files a purchase under.
 */
package io.anonpay.common.contract;
