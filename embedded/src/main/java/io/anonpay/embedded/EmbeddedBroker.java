package io.anonpay.embedded;

import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.PolicyEntry;
import org.apache.activemq.broker.region.policy.PolicyMap;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

import java.nio.file.Path;

/**
 * A standalone ActiveMQ Classic broker with a persistent KahaDB store, on loopback. Messages survive
 * the mall being down and the broker restarting; each queue gets its own dead-letter queue
 * ({@code DLQ.<queue>}) so that the operator sees which consumer gave up on what.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final BrokerService broker;
    private final String url;

    private EmbeddedBroker(BrokerService broker, String url) {
        this.broker = broker;
        this.url = url;
    }

    public static EmbeddedBroker start(Path dataDirectory, int port) {
        return start(dataDirectory, port, false);
    }

    /**
     * With {@code tls}, the one connector is {@code ssl://}: the JVM's key store ({@code javax.net.ssl.keyStore}) holds
     * the broker's certificate, which its clients check against the run's authority. It asks for no client
     * certificate: the servers' resource adapter showed none from the JVM's key store (Payara Micro).
     */
    public static EmbeddedBroker start(Path dataDirectory, int port, boolean tls) {
        String url = (tls ? "ssl" : "tcp") + "://127.0.0.1:" + port;
        try {
            BrokerService broker = new BrokerService();
            broker.setBrokerName("anonpay");
            broker.setUseJmx(false);
            broker.setUseShutdownHook(false);
            broker.setDataDirectoryFile(dataDirectory.toFile());
            KahaDBPersistenceAdapter store = new KahaDBPersistenceAdapter();
            store.setDirectory(dataDirectory.resolve("kahadb").toFile());
            // Store each persistent message before it is dispatched (and before its producer is answered). With
            // concurrent store and dispatch, ActiveMQ's default, a consumer's acknowledgement that comes first cancels
            // the store: a broker killed before that consumer's transaction commits then has neither the message nor
            // its delivery. OutageIT saw it: a settlement result marked sent by the credit company, not on the
            // queue, not dead-lettered, never applied by the mall.
            store.setConcurrentStoreAndDispatchQueues(false);
            // Roll back, on start, every XA transaction the store still holds prepared (presumed abort). No party of
            // anonpay consumes in XA any more (the mall commits its database, then acknowledges), but a prepared
            // transaction kept by the store, whoever left it, locks its messages for good and miscounts its queue:
            // each start subtracts its messages from the queue's count again, and that many new messages were stored
            // but never dispatched (OutageIT, when the mall still consumed in XA; EmbeddedBrokerTest holds both).
            store.setPurgeRecoveredXATransactionStrategy("ROLLBACK");
            broker.setPersistenceAdapter(store);
            broker.setPersistent(true);
            broker.setDestinationPolicy(deadLetterPerQueue());
            broker.getSystemUsage().getStoreUsage().setLimit(1L << 30);
            broker.getSystemUsage().getTempUsage().setLimit(256L << 20);
            broker.addConnector(url + "?transport.trace=false");
            broker.start();
            broker.waitUntilStarted();
            return new EmbeddedBroker(broker, url);
        } catch (Exception e) {
            throw new IllegalStateException("ActiveMQ broker did not start on " + url + ": " + e.getMessage(), e);
        }
    }

    private static PolicyMap deadLetterPerQueue() {
        IndividualDeadLetterStrategy deadLetters = new IndividualDeadLetterStrategy();
        deadLetters.setQueuePrefix("DLQ.");
        deadLetters.setUseQueueForQueueMessages(true);
        PolicyEntry queues = new PolicyEntry();
        queues.setQueue(">");
        queues.setDeadLetterStrategy(deadLetters);
        PolicyMap policies = new PolicyMap();
        policies.setDefaultEntry(queues);
        return policies;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            broker.stop();
            broker.waitUntilStopped();
        } catch (Exception e) {
            throw new IllegalStateException("ActiveMQ broker did not stop cleanly", e);
        }
    }
}
