package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.Queues;
import io.anonpay.mall.platform.MallContracts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Shipping receipts and status changes from the shipping companies (claims 7 and 19, docs/claims.md): verify,
 * then apply; what fails is redelivered a bounded number of times and then dead-lettered
 * ({@code DLQ.anonpay.mall.shipping-receipts}).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.SHIPPING_RECEIPTS),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "3"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "200")})
public class ShippingReceiptConsumer implements MessageListener {

    @Inject
    MallContracts contracts;

    @Inject
    PurchaseResults results;

    @Override
    public void onMessage(Message message) {
        results.apply(contracts.verifyShippingReceipt(SignedText.of(message)));
    }
}
