package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.Money;

import java.net.URI;
import java.time.Instant;

/**
 * Instructions to connect to a company's site (claims 1 and 6, docs/claims.md): the signed token the buyer
 * carries, the page a browser goes to, and the API an automated client posts to; with them, what the buyer pays:
 * the shipping the purchase is priced for and the total the card must hold (the sum and the fee).
 */
public record IssuedInstructions(String company, String companyName, String instructions, Instant expiresAt,
                                 URI page, URI api, Shipping shipping, Money total) {

    /** The shipping company the purchase ships with, and the fee its tariff {@code tariffVersion} asks. */
    public record Shipping(String company, String companyName, Money fee, String tariffVersion) {
    }
}
