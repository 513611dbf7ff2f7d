package io.anonpay.credit.delivery.boundary;

import io.anonpay.common.delivery.Delivery;
import io.anonpay.common.metrics.Metrics;
import io.anonpay.common.persistence.ServerResources;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Consumer;

/**
 * The credit company's message-driven beans hand each partner's message here: {@link Delivery}'s rules (apply
 * once, send again what may pass, dead-letter what never will) with its connection factory and
 * {@code credit.delivery-attempts}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Deliveries {

    @Inject
    @ConfigProperty(name = "credit.delivery-attempts", defaultValue = "30")
    int attempts;

    @Inject
    Metrics metrics;

    private Delivery delivery;

    /**
     * The credit company's connection factory to the broker, {@code jms/credit} (ServerResources), used outside any
     * JTA transaction.
     */
    @PostConstruct
    void connect() {
        delivery = new Delivery(ServerResources.connectionFactory("credit"), attempts, metrics);
    }

    /** Applies the message's text; never throws. */
    public void receive(Message message, Consumer<String> apply) {
        delivery.receive(message, apply);
    }
}
