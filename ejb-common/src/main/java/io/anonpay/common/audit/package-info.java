/**
 * The operator audit trail: one append-only row per operator action and per failed operator login (who, what, when,
 * an opaque target, the outcome), in each party's own {@code operator_audit} table, read back newest first.
 */
package io.anonpay.common.audit;
