package io.anonpay.credit.fee.boundary;

import io.anonpay.common.contract.Queues;
import io.anonpay.credit.delivery.boundary.Deliveries;
import io.anonpay.credit.platform.CreditContracts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The shipping companies' fee claims addressed to this credit company: verify the signature (a shipping company we
 * know, addressed to us), then apply in a transaction of our database alone ({@link FeeClaims}). What fails is sent
 * again or dead-lettered ({@code DLQ.anonpay.credit.fee-claims.<party id>}) by {@link Deliveries}, with the reason;
 * it never changes the payment.
 * <p>
 * The queue is named for this company's party id exactly as the payment requests' is (see
 * {@code PaymentRequestConsumer}): Payara expands the {@code ${MPCONFIG=...}} reference below when it activates the
 * bean, whose default must stay the one in microprofile-config.properties; WildFly takes the destination from
 * WEB-INF/jboss-ejb3.xml.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = FeeClaimConsumer.QUEUE)})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeeClaimConsumer implements MessageListener {

    /** {@code Queues.feeClaimsOf(party id)}, the party id as Payara resolves it when it activates the bean. */
    static final String QUEUE = Queues.FEE_CLAIMS_PREFIX + "${MPCONFIG=anonpay.party.id:credit}";

    @Inject
    CreditContracts contracts;

    @EJB
    FeeClaims claims;

    @EJB
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        deliveries.receive(message, text -> claims.apply(contracts.verifyFeeClaim(text)));
    }
}
