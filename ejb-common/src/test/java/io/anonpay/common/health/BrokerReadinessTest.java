package io.anonpay.common.health;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerReadinessTest {

    /** What the fake broker does when a connection is asked for. */
    private volatile Behaviour behaviour = Behaviour.ACCEPT;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private BrokerReadiness check;

    private enum Behaviour { ACCEPT, REFUSE, HANG }

    /** The server brings the builder; here a plain one that keeps what it is given. */
    @BeforeAll
    static void responses() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    @AfterEach
    void stop() {
        released.countDown();
        if (check != null) {
            check.stop();
        }
    }

    @Test
    void aBrokerThatTakesAConnectionAndASessionIsUp() {
        check = new BrokerReadiness(this::factory);

        HealthCheckResponse response = check.call();

        assertThat(response.getName()).isEqualTo("broker");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("connection", "open");
    }

    @Test
    void aBrokerNeverReachedIsDownWithTheInnermostReason() {
        behaviour = Behaviour.REFUSE;
        check = new BrokerReadiness(this::factory);

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow())
                .containsEntry("error", "never reached: ConnectException: Connection refused");
    }

    @Test
    void aBrokerLostAfterItWasReachedLeavesTheServerUpAndSaysSo() {
        check = new BrokerReadiness(this::factory);
        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        behaviour = Behaviour.REFUSE;
        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow().get("connection").toString())
                .startsWith("lost").endsWith("ConnectException: Connection refused");
    }

    @Test
    void aConnectionThatHangsIsDownAfterThePatienceAndIsNeverTriedTwiceAtOnce() {
        behaviour = Behaviour.HANG;
        check = new BrokerReadiness(this::factory);

        HealthCheckResponse first = check.call();
        HealthCheckResponse second = check.call();

        assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(first.getData().orElseThrow()).containsEntry("error", "never reached: no connection within 2 s");
        assertThat(second.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(connections).as("connection attempts").hasValue(1);
    }

    @Test
    void noConnectionFactoryIsDownNamingWhatWasLookedFor() {
        check = new BrokerReadiness(() -> {
            throw new IllegalStateException("the server defines no ConnectionFactory jms/credit");
        });

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("error").toString())
                .contains("the server defines no ConnectionFactory jms/credit");
    }

    private ConnectionFactory factory() {
        return proxy(ConnectionFactory.class, (method, args) -> {
            if (!method.equals("createConnection")) {
                throw new UnsupportedOperationException(method);
            }
            connections.incrementAndGet();
            switch (behaviour) {
                case REFUSE -> {
                    // as Payara's pool reports it: the adapter's failure linked, not as the cause
                    JMSException refused = new JMSException("Error in allocating a connection");
                    JMSException adapter = new JMSException("Could not connect to broker URL");
                    adapter.initCause(new ConnectException("Connection refused"));
                    refused.setLinkedException(adapter);
                    throw refused;
                }
                case HANG -> released.await();
                default -> {
                }
            }
            return proxy(Connection.class, (connectionMethod, connectionArgs) -> switch (connectionMethod) {
                case "createSession" -> proxy(Session.class, (sessionMethod, sessionArgs) -> null);
                case "close" -> null;
                default -> throw new UnsupportedOperationException(connectionMethod);
            });
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(BrokerReadinessTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }

    private static final class PlainBuilder extends HealthCheckResponseBuilder {
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String named) {
            name = named;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, Optional.of(Map.copyOf(data)));
        }
    }
}
