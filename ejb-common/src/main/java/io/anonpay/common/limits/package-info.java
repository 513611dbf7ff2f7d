/**
 * Per-client rate limits on the public write operations and on tracking look-ups: a token bucket per client and
 * operation, in this instance's memory and bounded in size, answering 429 with {@code Retry-After} when empty.
 */
package io.anonpay.common.limits;
