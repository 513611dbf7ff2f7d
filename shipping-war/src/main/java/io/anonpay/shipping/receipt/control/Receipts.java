package io.anonpay.shipping.receipt.control;

import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.outbox.Outbox;
import io.anonpay.common.outbox.OutboxAppended;
import io.anonpay.shipping.platform.ShippingContracts;
import io.anonpay.shipping.platform.ShippingDatabase;
import io.anonpay.shipping.shipment.entity.Shipment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Writes the signed receipt for a shipment's current status to the outbox, in the caller's transaction: it reaches
 * the mall if and only if the change commits. The event lets the relay send it as soon as that commit is done.
 * The mall de-duplicates by purchase id and status.
 */
@ApplicationScoped
public class Receipts {

    @Inject
    ShippingContracts contracts;

    @Inject
    Event<OutboxAppended> appended;

    @EJB
    ShippingDatabase database;

    public void report(Shipment shipment) {
        ShippingReceipt receipt = new ShippingReceipt(shipment.purchaseId(), shipment.shippingId(),
                shipment.status().reported(), contracts.self());
        Outbox.append(database.dataSource(), appended, Queues.SHIPPING_RECEIPTS, shipment.purchaseId(),
                contracts.sign(receipt, shipment.mall()));
    }
}
