/** Bean Validation constraints shared by the servers' request records. */
package io.anonpay.common.validation;
