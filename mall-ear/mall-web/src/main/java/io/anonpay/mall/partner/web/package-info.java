/** HTTP side of the partners: the credit and shipping companies a buyer may designate, and the keys held for them. */
package io.anonpay.mall.partner.web;
