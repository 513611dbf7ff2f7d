/**
 * Who this server is among the parties (its id and key pairs) and whom it deals with (partners by role, id
 * and base URL, whose public keys it fetches from their {@code api/keys} and caches).
 */
package io.anonpay.common.party;
