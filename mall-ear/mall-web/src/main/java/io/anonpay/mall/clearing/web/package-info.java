/** HTTP side of clearing: the operator's report of what each credit company owes the mall in a window of time. */
package io.anonpay.mall.clearing.web;
