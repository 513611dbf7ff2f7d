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
 * Settlement results from the credit companies (claims 2 and 12, docs/claims.md): verify the signature, then
 * apply in a transaction of the mall's database alone. No XA: the message is acknowledged after the commit, and
 * what fails is sent again or dead-lettered ({@code DLQ.anonpay.mall.settlement-results}) by {@link Deliveries};
 * it never changes the purchase.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.SETTLEMENT_RESULTS)})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettlementResultConsumer implements MessageListener {

    @Inject
    MallContracts contracts;

    @EJB
    PurchaseResults results;

    @EJB
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        deliveries.receive(message, text -> results.apply(contracts.verifySettlementResult(text)));
    }
}
