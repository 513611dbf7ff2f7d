package io.anonpay.mall.clearing.control;

import io.anonpay.common.contract.Money;

import java.time.Instant;

/**
 * What a credit company owes the mall for one purchase, as clearing sees it; nothing else of the purchase.
 *
 * @param creditCompany the party id of the credit company whose approval the purchase took
 * @param purchaseKey   64 lower-case hex digits, the SHA-256 of the purchase id
 * @param amount        captured less refunded, as the credit company's updates told the mall
 * @param at            when the mall applied the capture; null for a payment counted as captured at its approval
 *                      (sql/mall/V4), which the mall never dated
 */
public record CapturedGoods(String creditCompany, String purchaseKey, Money amount, Instant at) {
}
