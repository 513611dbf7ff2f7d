/** HTTP side of the catalog: the public product list and the operator's changes, with their request and views. */
package io.anonpay.mall.catalog.web;
