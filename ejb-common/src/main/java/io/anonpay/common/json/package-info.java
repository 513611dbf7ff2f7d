/**
 * How request bodies are read: strictly. Unknown fields, fractional numbers where every number of the API is
 * whole (minor units, centimetres, grams, quantities, ids) and oversized bodies are refused with a 4xx instead of
 * being dropped, truncated or buffered. JSON-P itself is reached through {@link io.anonpay.common.json.Jsonp}, which
 * looks its provider up once.
 */
package io.anonpay.common.json;
