/** The credit and shipping companies the mall deals with, and the mall's own published keys. */
package io.anonpay.mall.partner.boundary;
