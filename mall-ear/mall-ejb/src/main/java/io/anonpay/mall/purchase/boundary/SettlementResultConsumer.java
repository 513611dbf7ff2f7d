package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.Queues;
import io.anonpay.mall.platform.MallContracts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Settlement results from the credit companies (claims 2 and 12, docs/claims.md): verify the signature, then
 * apply. Anything that fails is rethrown, so the broker redelivers a bounded number of times and then dead-letters
 * the message ({@code DLQ.anonpay.mall.settlement-results}) for the operator; it never changes the purchase.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.SETTLEMENT_RESULTS),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "3"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "200")})
public class SettlementResultConsumer implements MessageListener {

    @Inject
    MallContracts contracts;

    @Inject
    PurchaseResults results;

    @Override
    public void onMessage(Message message) {
        results.apply(contracts.verifySettlementResult(SignedText.of(message)));
    }
}
