package io.anonpay.common.contract;

/**
 * What the shipping company needs to price a parcel, and nothing about what is in it.
 * JSON: {@code {"cubicCentimeters": 2400}}.
 */
public record ShippingVolume(long cubicCentimeters) {

    public ShippingVolume {
        if (cubicCentimeters < 0) {
            throw new InvalidContractException("cubicCentimeters", "must not be negative");
        }
    }

    public ShippingVolume plus(ShippingVolume other) {
        return new ShippingVolume(Math.addExact(cubicCentimeters, other.cubicCentimeters));
    }

    public ShippingVolume times(long quantity) {
        if (quantity < 0) {
            throw new InvalidContractException("quantity", "must not be negative");
        }
        return new ShippingVolume(Math.multiplyExact(cubicCentimeters, quantity));
    }
}
