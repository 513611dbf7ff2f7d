package io.anonpay.shipping.claim.control;

import io.anonpay.common.contract.Queues;
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
 * Writes the signed claim of a new shipment's fee to the outbox, addressed to the fee-claims queue of the credit
 * company that holds the fee, in the caller's transaction: the claim leaves if and only if the shipment commits.
 * The caller claims once per shipment; the credit company takes a repeated claim (a relay resend) only once.
 */
@ApplicationScoped
public class FeeClaims {

    @Inject
    ShippingContracts contracts;

    @Inject
    Event<OutboxAppended> appended;

    @EJB
    ShippingDatabase database;

    public void claim(Shipment shipment) {
        Outbox.append(database.dataSource(), appended, Queues.feeClaimsOf(shipment.creditCompany()),
                shipment.purchaseId(), contracts.sign(shipment.feeClaim(contracts.self())));
    }
}
