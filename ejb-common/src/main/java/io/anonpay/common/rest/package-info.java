/**
 * What the JAX-RS filters of every server share about the resource method a request reached: the marks on it,
 * seen through the CDI proxy that the runtime may hand them instead of the resource.
 */
package io.anonpay.common.rest;
