/** HTTP side of the dead letters: the operator lists them, sends one back to its queue or discards it. */
package io.anonpay.mall.delivery.web;
