package io.anonpay.mall.purchase.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the buyer wants: products by id, each with a quantity. */
public record PurchaseRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {

    public record Item(@NotNull @Positive Long productId,
                       @NotNull @Min(1) @Max(value = 1000, message = "must be at most 1000 of one product") Integer quantity) {

        public Item(Long productId, Integer quantity) {
            this.productId = productId;
            this.quantity = quantity;
        }
    }

    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public PurchaseRequest(List<Item> items) {
        this.items = items;
    }

    /** Product id → quantity; the same product listed twice counts once with both quantities. */
    Map<Long, Integer> quantities() {
        Map<Long, Integer> merged = new LinkedHashMap<>();
        items.forEach(item -> merged.merge(item.productId(), item.quantity(), Integer::sum));
        return merged;
    }
}
