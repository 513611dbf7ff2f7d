/**
 * How request bodies are read: strictly. A JSON body must be well-formed, of the exact JSON types of the record it
 * is bound to (no string for a number, no unknown field), with whole numbers only (minor units, centimetres,
 * grams, quantities, ids) and at most 64 KiB; anything else is a 4xx that names the field, never a silent
 * conversion. JSON-P itself is reached through {@link io.anonpay.common.json.Jsonp}, which looks its provider up once.
 */
package io.anonpay.common.json;
