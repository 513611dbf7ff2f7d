package io.anonpay.launcher;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker in a JVM of its own, started from this test's class path: killed, started again, stopped. */
class BrokerProcessTest {

    @TempDir
    Path dir;

    @Test
    void aPersistentMessageSurvivesAKill9AndTheBrokerStopsOnSigterm() throws Exception {
        int port = freePort();
        DataDirectory data = new DataDirectory(dir);
        BrokerProcess broker = BrokerProcess.start(data, port);
        try {
            send(broker.url(), "sent before the crash");
            broker.kill();
            assertThat(broker.alive()).isFalse();

            broker = BrokerProcess.start(data, port);
            assertThat(receive(broker.url())).isEqualTo("sent before the crash");
        } finally {
            broker.stop(Duration.ofSeconds(20));
        }
        assertThat(broker.alive()).isFalse();
        assertThat(Files.readString(broker.logFile())).contains("anonpay broker: ready at " + broker.url())
                .contains("anonpay broker: stopped");
    }

    private static void send(String url, String text) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(url).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("test.crash"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(session.createTextMessage(text));
        }
    }

    private static String receive(String url) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(url).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("test.crash"));
            Message message = consumer.receive(10_000);
            return message == null ? null : ((TextMessage) message).getText();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
