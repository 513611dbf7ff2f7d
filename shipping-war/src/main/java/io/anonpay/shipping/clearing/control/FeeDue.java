package io.anonpay.shipping.clearing.control;

import java.time.Instant;

/**
 * One shipment as clearing sees it: the fee a credit company owes for it, since when, under which purchase key;
 * nothing else of the shipment.
 *
 * @param creditCompany the party id of the credit company that holds the fee
 * @param purchaseKey   64 lower-case hex digits, the SHA-256 of the purchase id
 * @param amount        the fee in minor units of {@code currency}
 * @param at            when the parcel was accepted, and its fee claim written in the same transaction
 */
public record FeeDue(String creditCompany, String purchaseKey, long amount, String currency, Instant at) {
}
