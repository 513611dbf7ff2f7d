package io.anonpay.mall.purchase.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The companies the buyer designates, by the ids listed at api/credit-companies and api/shipping-companies. For
 * payment instructions, {@code company} is the credit company and {@code shippingCompany} the shipping company the
 * purchase is priced for; for shipping instructions, {@code company} is the shipping company and
 * {@code shippingCompany} is not read.
 */
public record DesignationRequest(@NotBlank @Size(max = 64) String company, @Size(max = 64) String shippingCompany) {

    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public DesignationRequest(String company, String shippingCompany) {
        this.company = company;
        this.shippingCompany = shippingCompany;
    }
}
