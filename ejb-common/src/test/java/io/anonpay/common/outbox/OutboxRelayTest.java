package io.anonpay.common.outbox;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxRelayTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aBatchIsSentInOneBrokerTransactionCommittedAfterItsLastMessage() throws JMSException {
        relay(Broker.TRANSACTED).send(batch(3));

        assertThat(calls).containsExactly("createSession(true, 0)", "deliveryMode 2",
                "send q.1 key-1", "send q.2 key-2", "send q.3 key-3", "commit", "close producer", "close session",
                "close connection");
    }

    @Test
    void withoutUseSessionArgsTheAdapterGivesANonTransactedSessionAndNothingIsCommitted() throws JMSException {
        relay(Broker.NOT_TRANSACTED).send(batch(2));

        assertThat(calls).containsExactly("createSession(true, 0)", "deliveryMode 2", "send q.1 key-1",
                "send q.2 key-2", "close producer", "close session", "close connection");
    }

    @Test
    void aBatchThatFailsPartWayIsNotCommittedAndItsSessionIsClosedWhichRollsItBack() {
        assertThatThrownBy(() -> relay(Broker.SECOND_SEND_FAILS).send(batch(3)))
                .isInstanceOf(JMSException.class);

        assertThat(calls).containsExactly("createSession(true, 0)", "deliveryMode 2", "send q.1 key-1",
                "send q.2 key-2", "close producer", "close session", "close connection");
    }

    @Test
    void aPoolThatRefusesLocalTransactionsGetsTheBatchAgainMessageByMessageAndSoDoLaterBatches() throws JMSException {
        OutboxRelay relay = relay(Broker.POOL_REFUSES_TRANSACTIONS);

        relay.send(batch(2));
        relay.send(batch(1));

        assertThat(calls).containsExactly("createSession(true, 0)", "deliveryMode 2", "send q.1 key-1 refused",
                "close producer", "close session", "close connection",
                "createSession(false, 1)", "deliveryMode 2", "send q.1 key-1", "send q.2 key-2", "close producer",
                "close session", "close connection",
                "createSession(false, 1)", "deliveryMode 2", "send q.1 key-1", "close producer", "close session",
                "close connection");
    }

    /** NOT_TRANSACTED: the adapter without UseSessionArgs; POOL_REFUSES_TRANSACTIONS: Payara's NoTransaction pool. */
    private enum Broker { TRANSACTED, NOT_TRANSACTED, SECOND_SEND_FAILS, POOL_REFUSES_TRANSACTIONS }

    private OutboxRelay relay(Broker broker) {
        ConnectionFactory factory = proxy(ConnectionFactory.class, (method, args) -> switch (method) {
            case "createConnection" -> proxy(jakarta.jms.Connection.class, (connectionMethod, connectionArgs) ->
                    switch (connectionMethod) {
                        case "createSession" -> {
                            calls.add("createSession(" + connectionArgs[0] + ", " + connectionArgs[1] + ")");
                            yield session(broker, (Boolean) connectionArgs[0]);
                        }
                        case "close" -> record("close connection");
                        default -> throw new UnsupportedOperationException(connectionMethod);
                    });
            default -> throw new UnsupportedOperationException(method);
        });
        return new OutboxRelay(null, factory, null);
    }

    private Session session(Broker broker, boolean askedForTransactions) {
        boolean transacted = askedForTransactions && broker != Broker.NOT_TRANSACTED;
        return proxy(Session.class, (method, args) -> switch (method) {
            case "getTransacted" -> transacted;
            case "createProducer" -> producer(broker, transacted);
            case "createQueue" -> queue((String) args[0]);
            case "createTextMessage" -> message();
            case "commit" -> {
                if (!transacted) {
                    throw new jakarta.jms.IllegalStateException("Not a transacted session"); // as ActiveMQ's session
                }
                yield record("commit");
            }
            case "close" -> record("close session");
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private MessageProducer producer(Broker broker, boolean transacted) {
        return proxy(MessageProducer.class, (method, args) -> switch (method) {
            case "setDeliveryMode" -> record("deliveryMode " + args[0]);
            case "send" -> {
                String key = ((TextMessage) args[1]).getStringProperty(OutboxRelay.MESSAGE_KEY);
                if (broker == Broker.POOL_REFUSES_TRANSACTIONS && transacted) {
                    calls.add("send " + args[0] + " " + key + " refused");
                    throw new IllegalStateException("local transaction not supported"); // as Payara's NoTx pool
                }
                calls.add("send " + args[0] + " " + key);
                if (broker == Broker.SECOND_SEND_FAILS && key.equals("key-2")) {
                    throw new JMSException("broker went away");
                }
                yield null;
            }
            case "close" -> record("close producer");
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static Queue queue(String name) {
        return proxy(Queue.class, (method, args) -> switch (method) {
            case "toString", "getQueueName" -> name;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static TextMessage message() {
        Map<String, Object> properties = new HashMap<>();
        return proxy(TextMessage.class, (method, args) -> switch (method) {
            case "setStringProperty", "setLongProperty" -> properties.put((String) args[0], args[1]);
            case "getStringProperty" -> properties.get((String) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Object record(String call) {
        calls.add(call);
        return null;
    }

    private static List<OutboxRelay.Pending> batch(int size) {
        List<OutboxRelay.Pending> batch = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            batch.add(new OutboxRelay.Pending(i, "q." + i, "key-" + i, "{}", new Timestamp(1_000L * i)));
        }
        return batch;
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(OutboxRelayTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
