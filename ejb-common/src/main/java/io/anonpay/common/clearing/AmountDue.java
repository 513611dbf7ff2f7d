package io.anonpay.common.clearing;

import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;

import java.time.Instant;

/**
 * What is due between the reporting party and one counterparty for one purchase, as clearing sees it: nothing else
 * of the purchase, the payment or the parcel.
 *
 * @param role         what the counterparty is: a mall, a credit company or a shipping company
 * @param counterparty the counterparty's party id
 * @param due          who owes whom
 * @param purchaseKey  64 lower-case hex digits, the SHA-256 of the purchase id ({@code PurchaseKey.hex()})
 * @param at           since when it is due, as the reporting party recorded it; null where it never did
 */
public record AmountDue(Partner.Role role, String counterparty, ClearingReport.Due due, String purchaseKey,
        Money amount, Instant at) {
}
