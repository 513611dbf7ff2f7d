/** HTTP side of purchases: buying, looking one up by its identifier, instructions, and the packing list. */
package io.anonpay.mall.purchase.boundary;
