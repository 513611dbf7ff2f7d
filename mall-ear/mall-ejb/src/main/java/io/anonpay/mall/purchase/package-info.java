/**
 * Purchases: the payment sum and shipping volume the mall computes, the sealed purchase identifier, the signed
 * instructions that send the buyer to a credit or shipping company, and the results those companies send back.
 */
package io.anonpay.mall.purchase;
