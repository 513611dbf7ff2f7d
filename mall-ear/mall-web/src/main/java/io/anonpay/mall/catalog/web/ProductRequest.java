package io.anonpay.mall.catalog.web;

import io.anonpay.common.validation.CurrencyCode;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.catalog.entity.PackedSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What the operator sends to add or change a product. */
public record ProductRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 2000) String description,
        @NotNull @Valid Price price,
        @NotNull @Valid PackedDimensions size,
        Boolean active) {

    public record Price(
            @PositiveOrZero @Max(value = 100_000_000_00L, message = "must be at most 10,000,000,000 minor units") long amount,
            @NotNull @CurrencyCode String currency) {

        public Price(long amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }
    }

    public record PackedDimensions(
            @Min(1) @Max(1000) int lengthCm,
            @Min(1) @Max(1000) int widthCm,
            @Min(1) @Max(1000) int heightCm,
            @Min(1) @Max(1_000_000) int weightGrams) {

        public PackedDimensions(int lengthCm, int widthCm, int heightCm, int weightGrams) {
            this.lengthCm = lengthCm;
            this.widthCm = widthCm;
            this.heightCm = heightCm;
            this.weightGrams = weightGrams;
        }
    }

    /** Explicit and unannotated for Payara's OpenAPI generator: see io.anonpay.common.validation. */
    public ProductRequest(String name, String description, Price price, PackedDimensions size, Boolean active) {
        this.name = name;
        this.description = description;
        this.price = price;
        this.size = size;
        this.active = active;
    }

    Money money() {
        return new Money(price.amount(), price.currency());
    }

    PackedSize packedSize() {
        return new PackedSize(size.lengthCm(), size.widthCm(), size.heightCm(), size.weightGrams());
    }

    String descriptionOrEmpty() {
        return description == null ? "" : description;
    }
}
