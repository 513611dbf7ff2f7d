package io.anonpay.mall.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The size of one item once packed, in whole centimetres and grams. */
@Embeddable
public class PackedSize {

    @Column(name = "length_cm", nullable = false)
    private int lengthCm;

    @Column(name = "width_cm", nullable = false)
    private int widthCm;

    @Column(name = "height_cm", nullable = false)
    private int heightCm;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    protected PackedSize() {
    }

    public PackedSize(int lengthCm, int widthCm, int heightCm, int weightGrams) {
        this.lengthCm = lengthCm;
        this.widthCm = widthCm;
        this.heightCm = heightCm;
        this.weightGrams = weightGrams;
    }

    public long volumeCubicCm() {
        return (long) lengthCm * widthCm * heightCm;
    }

    public int lengthCm() {
        return lengthCm;
    }

    public int widthCm() {
        return widthCm;
    }

    public int heightCm() {
        return heightCm;
    }

    public int weightGrams() {
        return weightGrams;
    }
}
