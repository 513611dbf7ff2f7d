/**
 * What becomes of a partner's message at the mall: applied (by the message-driven beans of the purchase package,
 * through {@code Deliveries}), sent again after a failure that may pass, or dead-lettered with its reason; and the
 * dead letters shown to the operator, who can send one back to its queue (once its cause is repaired, e.g. a
 * partner's new key) or discard it (once handled, e.g. a double payment refunded by the credit company).
 */
package io.anonpay.mall.delivery;
