package io.anonpay.it;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.Predicate;

/** Talks to the test run's broker directly, as a partner server or an operator would. */
public final class BrokerClient {

    private BrokerClient() {
    }

    public static void send(String queue, String text) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(session.createTextMessage(text));
        } catch (JMSException e) {
            throw new IllegalStateException("could not send to " + queue, e);
        }
    }

    /**
     * Waits up to {@code patience} for a text message on {@code queue} that matches, without taking it off the
     * queue (a queue browser), so tests can look at what a server sent or what was dead-lettered.
     */
    public static Optional<String> find(String queue, Predicate<String> matching, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            do {
                try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                    Enumeration<?> messages = browser.getEnumeration();
                    while (messages.hasMoreElements()) {
                        if (messages.nextElement() instanceof TextMessage text && matching.test(text.getText())) {
                            return Optional.of(text.getText());
                        }
                    }
                }
                Thread.sleep(250);
            } while (Instant.now().isBefore(deadline));
            return Optional.empty();
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse " + queue, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static ActiveMQConnectionFactory factory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl());
        factory.setTrustedPackages(java.util.List.of());
        return factory;
    }
}
