/**
 * HTTP side of purchases: buying, looking one up by its identifier, instructions to pay and to ship, cancelling,
 * and the operator's packing list, cancellations and refunds, with their request and view records.
 */
package io.anonpay.mall.purchase.web;
