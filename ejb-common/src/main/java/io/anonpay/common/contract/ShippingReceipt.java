package io.anonpay.common.contract;

/**
 * The shipping company's word to the mall that it took on a purchase's shipment, sent over JMS and
 * signed by the shipping company ({@code shippingCompany} is the issuer). Nothing about the buyer.
 */
public record ShippingReceipt(String purchaseId, String shippingId, ShipmentStatus status, String shippingCompany) {

    public ShippingReceipt {
        Fields.id(purchaseId, "purchaseId");
        Fields.id(shippingId, "shippingId");
        Fields.present(status, "status");
        Fields.id(shippingCompany, "shippingCompany");
    }
}
