package io.anonpay.common.health;

import io.anonpay.common.persistence.ServerResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Readiness of the party's way to the broker: a connection, and a session on it, through the party's connection
 * factory ({@code jms/<party>}). A server that has never reached its broker is DOWN, and says why: its broker is
 * missing, or its configuration is wrong, and it would take payments whose results go nowhere. Once it has reached
 * the broker it stays UP through an outage, with the failure in the check's data, because the outbox keeps what
 * cannot be sent and the adapter reconnects; taking the server out of service then would only refuse payments.
 * <p>
 * A connection attempt can hang (a {@code failover:} URL retries for ever): it runs on a thread of its own and the
 * check waits {@link #PATIENCE} for it; a probe still running is waited for again, never started twice.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    public static final String NAME = "broker";

    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "anonpay-broker-probe");
        thread.setDaemon(true);
        return thread;
    });

    private Supplier<ConnectionFactory> factory;

    private volatile ConnectionFactory connectionFactory;

    private volatile Future<String> probe;

    private volatile boolean reached;

    BrokerReadiness() {
        // for CDI
    }

    @Inject
    BrokerReadiness(@ConfigProperty(name = "anonpay.party.id") String party) {
        this(() -> ServerResources.connectionFactory(party));
    }

    BrokerReadiness(Supplier<ConnectionFactory> factory) {
        this.factory = factory;
    }

    /**
     * Created with the application, whose configuration names the party: Payara calls health checks on a thread of
     * its own, where the application's configuration is not at hand ({@code NoSuchElementException} for the party).
     */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // the event only makes the container create the bean now
    }

    @Override
    public HealthCheckResponse call() {
        String failure = failureOfProbe();
        if (failure == null) {
            reached = true;
            return HealthCheckResponse.named(NAME).up().withData("connection", "open").build();
        }
        if (reached) {
            return HealthCheckResponse.named(NAME).up().withData("connection", "lost, the outbox keeps what waits: "
                    + failure).build();
        }
        return HealthCheckResponse.named(NAME).down().withData("error", "never reached: " + failure).build();
    }

    /** Null when the broker took a connection and a session, else why not. */
    private String failureOfProbe() {
        ConnectionFactory found;
        try {
            found = connectionFactory();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        Future<String> running = probe;
        if (running == null || running.isDone()) {
            running = prober.submit(() -> connect(found));
            probe = running;
        }
        try {
            return running.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return "no connection within " + PATIENCE.toSeconds() + " s";
        } catch (ExecutionException e) {
            return reason(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Looked up on the caller's thread, where the server's naming is at hand, and kept once found. */
    private ConnectionFactory connectionFactory() {
        ConnectionFactory found = connectionFactory;
        if (found == null) {
            found = factory.get();
            connectionFactory = found;
        }
        return found;
    }

    private static String connect(ConnectionFactory factory) {
        try (Connection connection = factory.createConnection()) {
            connection.createSession(false, Session.AUTO_ACKNOWLEDGE).close();
            return null;
        } catch (JMSException | RuntimeException e) {
            return reason(e);
        }
    }

    /**
     * The innermost cause, by its class and message: "ConnectException: Connection refused". A JMS exception may
     * carry it as its linked exception rather than as its cause.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable next = deeper(root); next != null && next != root; next = deeper(root)) {
            root = next;
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static Throwable deeper(Throwable failure) {
        if (failure.getCause() != null) {
            return failure.getCause();
        }
        return failure instanceof JMSException jms ? jms.getLinkedException() : null;
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
