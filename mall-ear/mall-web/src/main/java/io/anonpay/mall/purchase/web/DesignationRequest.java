package io.anonpay.mall.purchase.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The company the buyer designates, by the id listed at api/credit-companies or api/shipping-companies. */
public record DesignationRequest(@NotBlank @Size(max = 64) String company) {

    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public DesignationRequest(String company) {
        this.company = company;
    }
}
