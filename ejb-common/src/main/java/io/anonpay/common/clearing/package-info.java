/**
 * The clearing report every party's operator reads at {@code GET api/operator/clearing}, in one shape: what is due
 * between the party and each counterparty, one line per purchase key, in a window. Each server finds its own
 * {@link io.anonpay.common.clearing.AmountDue}s in its database; this package shapes them, and the launcher's
 * {@code ./anonpay reconcile} compares the three reports.
 */
package io.anonpay.common.clearing;
