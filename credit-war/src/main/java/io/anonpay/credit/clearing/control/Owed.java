package io.anonpay.credit.clearing.control;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;

import java.time.Instant;

/**
 * What this credit company owes one counterparty for one purchase, as clearing sees it; nothing else of the payment.
 *
 * @param role         what the counterparty is to the payment: its mall (the goods) or its shipping company (the fee)
 * @param counterparty the counterparty's party id
 * @param purchaseKey  64 lower-case hex digits, the SHA-256 of the purchase id
 * @param at           since when it is owed: the capture of the goods, the claim of the fee
 */
public record Owed(Partner.Role role, String counterparty, String purchaseKey, Money amount, Instant at) {
}
