/**
 * Clearing: what each credit company owes the mall, one line per purchase key (the goods it captured less what it
 * refunded, as its updates told the mall), for the operator to reconcile with the credit companies' own reports.
 */
package io.anonpay.mall.clearing;
