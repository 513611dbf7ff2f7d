package io.anonpay.mall.purchase.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The company the buyer designates, by the id listed at api/credit-companies or api/shipping-companies. */
public record DesignationRequest(@NotBlank @Size(max = 64) String company) {

    /**
     * Declared so that the constraints stay on the component and do not reach the constructor's parameter, where
     * Payara's OpenAPI generator takes them for unannotated JAX-RS parameters and fails.
     */
    public DesignationRequest(String company) {
        this.company = company;
    }
}
