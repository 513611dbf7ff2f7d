package io.anonpay.credit.settlement.control;

/** Fired inside the settlement's transaction; observed after it commits to relay the result at once. */
public record SettlementRecorded(long settlementId) {
}
