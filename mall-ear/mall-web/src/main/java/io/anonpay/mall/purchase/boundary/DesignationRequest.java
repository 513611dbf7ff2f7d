package io.anonpay.mall.purchase.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The company the buyer designates, by the id listed at api/credit-companies or api/shipping-companies. */
public record DesignationRequest(@NotBlank @Size(max = 64) String company) {
}
