package io.anonpay.mall.purchase.boundary;

import java.net.URI;
import java.time.Instant;

/**
 * Instructions to connect to a company's site (claims 1 and 6, docs/claims.md): the signed token the buyer
 * carries, the page a browser goes to, and the API an automated client posts to.
 */
public record IssuedInstructions(String company, String companyName, String instructions, Instant expiresAt,
                                 URI page, URI api) {
}
