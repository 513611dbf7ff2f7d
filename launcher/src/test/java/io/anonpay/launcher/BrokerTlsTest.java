package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker of a {@code --tls} run: {@code ssl://} only, and only for a client that trusts the run's authority, as
 * the servers do.
 */
class BrokerTlsTest {

    @TempDir
    Path dir;

    @Test
    void onlyAClientOfTheRunsAuthorityGetsIn() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("run"));
        TlsMaterial tls = TlsMaterial.prepare(data.tls(), "pw", AnonpaySystem.TLS_NAMES, Instant.now());
        TlsMaterial foreign = TlsMaterial.prepare(dir.resolve("foreign"), "pw", List.of("mall"), Instant.now());
        int port = freePort();
        BrokerProcess broker = BrokerProcess.start(data, port, Transport.tls(tls));
        try {
            assertThat(broker.url()).isEqualTo("ssl://127.0.0.1:" + port);
            try (Connection connection = client(tls, broker.url()).createConnection()) {
                connection.start();
                assertThat(connection.createSession(false, Session.AUTO_ACKNOWLEDGE)).isNotNull();
            }
            assertThatThrownBy(() -> connect(client(foreign, broker.url()))).isInstanceOf(JMSException.class);
            ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory(
                    "tcp://127.0.0.1:" + port + "?wireFormat.maxInactivityDurationInitalDelay=2000");
            plain.setCloseTimeout(2000);
            assertThatThrownBy(() -> connect(plain)).isInstanceOf(JMSException.class);
        } finally {
            broker.stop(Duration.ofSeconds(20));
        }
    }

    /** A client as a server is one: the run's trust store (and a party's key store, which the broker does not ask for). */
    private static ActiveMQSslConnectionFactory client(TlsMaterial tls, String url) throws Exception {
        ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(url + "?soTimeout=10000");
        factory.setKeyStore(tls.keyStore("mall").toUri().toString());
        factory.setKeyStorePassword(tls.password());
        factory.setKeyStoreType(TlsMaterial.TYPE);
        factory.setTrustStore(tls.trustStore().toUri().toString());
        factory.setTrustStorePassword(tls.password());
        factory.setTrustStoreType(TlsMaterial.TYPE);
        return factory;
    }

    private static void connect(ActiveMQConnectionFactory factory) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            connection.start();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
