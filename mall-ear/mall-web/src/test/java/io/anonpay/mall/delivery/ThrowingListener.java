package io.anonpay.mall.delivery;

import io.anonpay.common.persistence.ServerResources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Deployed by DeliveryIT only: a listener bound to the resource adapter as the mall's are (no transaction), which
 * reports each delivery to {@link #SEEN} and then throws, as a listener with a bug would.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ThrowingListener.QUEUE)})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThrowingListener implements MessageListener {

    static final String QUEUE = "anonpay.it.throwing";
    static final String SEEN = "anonpay.it.throwing.seen";

    @Override
    public void onMessage(Message message) {
        try (Connection connection = ServerResources.connectionFactory("mall").createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(SEEN))) {
            producer.send(session.createTextMessage(((TextMessage) message).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("could not report the delivery", e);
        }
        throw new IllegalStateException("a listener that fails on every delivery");
    }
}
