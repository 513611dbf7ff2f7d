package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.tls.TlsMaterial;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import jakarta.jms.XAConnectionFactory;
import jakarta.jms.XASession;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.apache.activemq.ActiveMQXAConnectionFactory;
import org.apache.activemq.ActiveMQXASslConnectionFactory;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The broker as an operator or a partner sees it: send to a queue, browse a queue (dead letters) without taking. */
final class DeadLetters {

    static final String SETTLEMENT_RESULTS = "anonpay.mall.settlement-results";
    static final String SETTLEMENT_DLQ = "DLQ." + SETTLEMENT_RESULTS;
    static final String RECEIPTS_DLQ = "DLQ.anonpay.mall.shipping-receipts";

    /** A browsed message: its text, why it was dead-lettered and after how many attempts of the mall. */
    record Letter(String text, String cause, int attempt) {
    }

    private final AnonpaySystem system;

    DeadLetters(AnonpaySystem system) {
        this.system = system;
    }

    void send(String queue, String text) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(session.createTextMessage(text));
        } catch (JMSException e) {
            throw new IllegalStateException("could not send to " + queue, e);
        }
    }

    List<Letter> browse(String queue) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            List<Letter> letters = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    Message message = (Message) messages.nextElement();
                    if (message instanceof TextMessage text) {
                        letters.add(new Letter(text.getText(), message.getStringProperty("dlqDeliveryFailureCause"),
                                message.propertyExists("anonpayAttempt") ? message.getIntProperty("anonpayAttempt") : 1));
                    }
                }
            }
            return letters;
        } catch (JMSException e) {
            throw new IllegalStateException("could not browse " + queue, e);
        }
    }

    /** Waits until a message matching arrives in the queue; empty when none did within {@code patience}. */
    Optional<Letter> await(String queue, Predicate<String> matching, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        do {
            Optional<Letter> found = browse(queue).stream().filter(l -> matching.test(l.text())).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Api.pause(500);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    /**
     * The XA transactions the broker holds prepared, whoever began them: each would keep the messages it consumed
     * locked until its coordinator commits or rolls it back. No party of anonpay uses XA, so there should be none.
     */
    int preparedTransactions() {
        XAConnectionFactory factory = system.transport().encrypted()
                ? trusting(new ActiveMQXASslConnectionFactory(system.brokerUrl()))
                : new ActiveMQXAConnectionFactory(system.brokerUrl());
        try (XAConnection connection = factory.createXAConnection(); XASession session = connection.createXASession()) {
            return session.getXAResource().recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN).length;
        } catch (JMSException | XAException e) {
            throw new IllegalStateException("could not ask the broker for its prepared transactions", e);
        }
    }

    private ActiveMQConnectionFactory factory() {
        ActiveMQConnectionFactory factory = system.transport().encrypted()
                ? trusting(new ActiveMQSslConnectionFactory(system.brokerUrl()))
                : new ActiveMQConnectionFactory(system.brokerUrl());
        factory.setTrustedPackages(List.of());
        return factory;
    }

    /** With {@code --tls}: the broker's {@code ssl://}, trusting the run's authority alone. */
    private <F extends ActiveMQSslConnectionFactory> F trusting(F factory) {
        TlsMaterial tls = system.transport().material().orElseThrow();
        try {
            factory.setTrustStore(tls.trustStore().toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + tls.trustStore(), e);
        }
        factory.setTrustStoreType(TlsMaterial.TYPE);
        factory.setTrustStorePassword(tls.password());
        return factory;
    }
}
