/**
 * Dead letters: the messages the mall could not apply after the redelivery limit, shown to the operator, who can
 * send one back to its queue (once its cause is repaired, e.g. a partner's new key) or discard it (once handled,
 * e.g. a double payment refunded by the credit company).
 */
package io.anonpay.mall.deadletter;
