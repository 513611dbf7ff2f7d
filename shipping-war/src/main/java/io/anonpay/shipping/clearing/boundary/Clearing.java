package io.anonpay.shipping.clearing.boundary;

import io.anonpay.common.clearing.AmountDue;
import io.anonpay.common.clearing.ClearingReport;
import io.anonpay.common.clearing.ClearingWindow;
import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.shipping.platform.ShippingContracts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The clearing report from what the database holds now: a projection of the shipments' columns (never entities a
 * cache might keep), so the report shows what is committed. A shipment's fee is due from the moment it was accepted:
 * its fee claim went to the outbox in that same transaction.
 */
@Stateless
public class Clearing {

    @PersistenceContext(unitName = "shipping")
    EntityManager em;

    @Inject
    ShippingContracts contracts;

    public ClearingReport report(ClearingWindow window) {
        return ClearingReport.of(contracts.self(), window, feesDue(window));
    }

    private List<AmountDue> feesDue(ClearingWindow window) {
        List<String> bounds = new ArrayList<>();
        if (window.from() != null) {
            bounds.add("s.createdAt >= :since");
        }
        if (window.to() != null) {
            bounds.add("s.createdAt < :before");
        }
        TypedQuery<Object[]> query = em.createQuery("select s.creditCompany, s.purchaseKey, s.fee.amount,"
                + " s.fee.currency, s.createdAt from Shipment s"
                + (bounds.isEmpty() ? "" : " where " + String.join(" and ", bounds)), Object[].class);
        if (window.from() != null) {
            query.setParameter("since", window.from());
        }
        if (window.to() != null) {
            query.setParameter("before", window.to());
        }
        return query.getResultList().stream().map(Clearing::feeDue).toList();
    }

    /** A row of the projection, its columns in the order the query selects them. */
    private static AmountDue feeDue(Object[] row) {
        return new AmountDue(Partner.Role.CREDIT, (String) row[0], ClearingReport.Due.FROM_COUNTERPARTY,
                (String) row[1], Money.of((Long) row[2], (String) row[3]), (Instant) row[4]);
    }
}
