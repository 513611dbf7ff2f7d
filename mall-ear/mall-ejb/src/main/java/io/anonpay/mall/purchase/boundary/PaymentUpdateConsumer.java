package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.Queues;
import io.anonpay.mall.delivery.boundary.Deliveries;
import io.anonpay.mall.platform.MallContracts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The credit companies' updates on the payments of purchases (a request applied or refused, a hold expired): verify
 * the signature, then apply in a transaction of the mall's database alone; what fails is sent again or
 * dead-lettered ({@code DLQ.anonpay.mall.payment-updates}) by {@link Deliveries}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.PAYMENT_UPDATES)})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentUpdateConsumer implements MessageListener {

    @Inject
    MallContracts contracts;

    @EJB
    PurchaseResults results;

    @EJB
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        deliveries.receive(message, text -> results.apply(contracts.verifyPaymentUpdate(text)));
    }
}
