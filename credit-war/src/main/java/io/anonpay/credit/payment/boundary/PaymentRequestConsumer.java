package io.anonpay.credit.payment.boundary;

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
 * The mall's payment requests (capture, void, refund) addressed to this credit company: verify the signature
 * (a mall we know, addressed to us), then apply in a transaction of our database alone. No XA: the message is
 * acknowledged after the commit, and what fails is sent again or dead-lettered
 * ({@code DLQ.anonpay.credit.payment-requests.<party id>}) by {@link Deliveries}; it never changes the payment.
 * <p>
 * The queue is named for this company's party id, which is configuration ({@code anonpay.party.id}, env
 * {@code ANONPAY_PARTY_ID}), while an annotation is a constant. Payara expands the {@code ${MPCONFIG=...}} reference
 * below when it activates the bean, against the server's MicroProfile Config: system properties and environment
 * (so {@code ANONPAY_PARTY_ID} counts), but not this application's microprofile-config.properties, so the default
 * after the colon must stay the one written there (ExpiryIT runs as "credit-two" from the environment; a default
 * of another value left the default run's requests unconsumed). WildFly takes the destination from
 * WEB-INF/jboss-ejb3.xml instead.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = PaymentRequestConsumer.QUEUE)})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentRequestConsumer implements MessageListener {

    /** {@code Queues.paymentRequestsOf(party id)}, the party id as Payara resolves it when it activates the bean. */
    static final String QUEUE = Queues.PAYMENT_REQUESTS_PREFIX + "${MPCONFIG=anonpay.party.id:credit}";

    @Inject
    CreditContracts contracts;

    @EJB
    PaymentRequests requests;

    @EJB
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        deliveries.receive(message, text -> requests.apply(contracts.verifyPaymentRequest(text)));
    }
}
