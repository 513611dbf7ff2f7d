package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.SettlementResult;

/**
 * What an approval of a payment will record and send, made before the card's row lock is taken: the settlement
 * identifier (the customer's name sealed) and the mall's result, signed. Sealing and signing are the payment's
 * slowest work; done ahead, they leave the lock to the statements alone, which is what a card paying many
 * purchases at once waits on. A payment that turns out declined or repeated does not use it.
 */
record Approval(String settlementId, SettlementResult result, String signedResult) {
}
