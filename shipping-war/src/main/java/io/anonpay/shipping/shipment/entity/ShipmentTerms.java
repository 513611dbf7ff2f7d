package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.ShippingVolume;

/**
 * The verified, priced facts of a new shipment, before the recipient's data is sealed in: the fee is the one the
 * instructions quoted, checked against the tariff version they name.
 */
public record ShipmentTerms(String shippingId, String purchaseKey, String purchaseId, String mall,
        String creditCompany, ShippingVolume volume, Money declaredValue, Money fee, String tariffVersion) {
}
