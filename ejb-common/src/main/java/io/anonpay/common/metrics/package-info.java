/**
 * Each server's figures for its operators, in Prometheus text at {@code GET /<context>/metrics} behind the operator
 * credential: one registry a server, the meters' names and their small fixed label vocabularies. No label or value
 * ever names a buyer, a card, an address, a product or a whole identifier (docs/operations.md, Metrics).
 */
package io.anonpay.common.metrics;
