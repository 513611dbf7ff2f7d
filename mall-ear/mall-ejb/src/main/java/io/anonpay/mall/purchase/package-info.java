/**
 * Purchases: the payment sum and shipping volume the mall computes, the sealed purchase identifier, the signed
 * instructions that send the buyer to a credit or shipping company, and the results those companies send back,
 * which a purchase follows only along its allowed moves. Purchases awaiting payment are capped, and those never
 * paid are deleted a grace period after their window.
 */
package io.anonpay.mall.purchase;
