/** HTTP side of the catalog: the public product list and the operator's changes. */
package io.anonpay.mall.catalog.boundary;
