/** The credit company's public keys: what the mall verifies settlement results with, and what seals to us. */
package io.anonpay.credit.keys;
