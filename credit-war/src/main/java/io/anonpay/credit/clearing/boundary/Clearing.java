package io.anonpay.credit.clearing.boundary;

import io.anonpay.common.clearing.AmountDue;
import io.anonpay.common.clearing.ClearingReport;
import io.anonpay.common.clearing.ClearingWindow;
import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.party.Partner;
import io.anonpay.credit.platform.CreditContracts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clearing report from what the database holds now: SQL projections of the settlements' columns (never entities
 * a cache might keep), so the report shows what is committed. Goods are owed to the mall whose instructions paid from
 * their capture (the CAPTURE step), captured less refunded; a payment approved before payments had steps was captured
 * at its approval (sql/credit/V3) and is owed from then. A fee is owed to the shipping company of the instructions
 * from its claim (the FEE_CLAIM step). Each query picks its steps by when they happened (indexes: sql/credit/V5).
 */
@Stateless
public class Clearing {

    private static final String CAPTURED_GOODS = "select s.mall, s.purchase_id, s.captured_amount - s.refunded_amount,"
            + " s.sum_currency, p.created_at from payment_step p join settlement s on s.id = p.settlement_ref"
            + " where p.kind = 'CAPTURE' and p.outcome = 'APPLIED' and s.captured_amount > 0";
    /** Captured at approval, before steps and expiries: no CAPTURE step, no authorized_until (sql/credit/V3). */
    private static final String GOODS_CAPTURED_AT_APPROVAL = "select s.mall, s.purchase_id,"
            + " s.captured_amount - s.refunded_amount, s.sum_currency, s.created_at from settlement s"
            + " where s.captured_amount > 0 and s.authorized_until is null";
    private static final String CLAIMED_FEES = "select s.shipping_company, s.purchase_id, s.fee_amount,"
            + " s.sum_currency, p.created_at from payment_step p join settlement s on s.id = p.settlement_ref"
            + " where p.kind = 'FEE_CLAIM' and s.fee_state = 'CLAIMED'";

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
    CreditContracts contracts;

    public ClearingReport report(ClearingWindow window) {
        List<AmountDue> owed = Stream.of(
                        owed(Partner.Role.MALL, CAPTURED_GOODS, "p.created_at", window),
                        owed(Partner.Role.MALL, GOODS_CAPTURED_AT_APPROVAL, "s.created_at", window),
                        owed(Partner.Role.SHIPPING, CLAIMED_FEES, "p.created_at", window))
                .flatMap(List::stream).toList();
        return ClearingReport.of(contracts.self(), window, owed);
    }

    /**
     * The rows of {@code select} (counterparty, purchase id, amount, currency, when) whose {@code at} column lies in
     * the window; a bound is bound as a parameter only when there is one.
     */
    private List<AmountDue> owed(Partner.Role role, String select, String at, ClearingWindow window) {
        StringBuilder sql = new StringBuilder(select);
        List<OffsetDateTime> bounds = new ArrayList<>();
        if (window.from() != null) {
            bounds.add(window.from().atOffset(ZoneOffset.UTC));
            sql.append(" and ").append(at).append(" >= ?").append(bounds.size());
        }
        if (window.to() != null) {
            bounds.add(window.to().atOffset(ZoneOffset.UTC));
            sql.append(" and ").append(at).append(" < ?").append(bounds.size());
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter(i + 1, bounds.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> owed(role, (Object[]) row)).toList();
    }

    private static AmountDue owed(Partner.Role role, Object[] row) {
        return new AmountDue(role, (String) row[0], ClearingReport.Due.TO_COUNTERPARTY,
                PurchaseKey.of((String) row[1]).hex(),
                Money.of(((Number) row[2]).longValue(), ((String) row[3]).strip()), instant(row[4]));
    }

    /** A {@code timestamptz} as the driver hands it out: a Timestamp from PostgreSQL's, an offset date-time else. */
    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        throw new IllegalStateException("a timestamptz read as " + column.getClass().getName());
    }
}
