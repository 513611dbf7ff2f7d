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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A message as a queue browser sees it: its text and its properties. */
    public record Letter(String text, Map<String, Object> properties) {
    }

    /**
     * Waits up to {@code patience} for a text message on {@code queue} that matches, without taking it off the
     * queue (a queue browser), so tests can look at what a server sent or what was dead-lettered.
     */
    public static Optional<String> find(String queue, Predicate<String> matching, Duration patience) {
        return findLetter(queue, matching, patience).map(Letter::text);
    }

    /** As {@link #find}, with the message's properties. */
    public static Optional<Letter> findLetter(String queue, Predicate<String> matching, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        do {
            Optional<Letter> found = browse(queue).stream().filter(letter -> matching.test(letter.text())).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    /** The text messages on {@code queue} now, oldest first, left where they are. */
    public static List<Letter> browse(String queue) {
        List<Letter> letters = new ArrayList<>();
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    if (messages.nextElement() instanceof TextMessage text) {
                        Map<String, Object> properties = new HashMap<>();
                        for (Enumeration<?> names = text.getPropertyNames(); names.hasMoreElements(); ) {
                            String name = (String) names.nextElement();
                            properties.put(name, text.getObjectProperty(name));
                        }
                        letters.add(new Letter(text.getText(), Map.copyOf(properties)));
                    }
                }
            }
            return letters;
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse " + queue, e);
        }
    }

    private static ActiveMQConnectionFactory factory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(InfrastructureSession.brokerUrl());
        factory.setTrustedPackages(List.of());
        return factory;
    }
}
