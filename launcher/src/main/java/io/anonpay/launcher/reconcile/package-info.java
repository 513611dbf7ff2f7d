/**
 * {@code ./anonpay reconcile}: the three parties' clearing reports compared, purchase key by purchase key.
 */
package io.anonpay.launcher.reconcile;
