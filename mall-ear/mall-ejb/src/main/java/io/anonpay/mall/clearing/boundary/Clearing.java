package io.anonpay.mall.clearing.boundary;

import io.anonpay.common.clearing.AmountDue;
import io.anonpay.common.clearing.ClearingReport;
import io.anonpay.common.clearing.ClearingWindow;
import io.anonpay.common.contract.Money;
import io.anonpay.common.party.Partner;
import io.anonpay.mall.platform.MallContracts;
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

/**
 * The clearing report from what the database holds now: an SQL projection of the purchases' columns (never entities
 * a persistence context might keep), so the report shows what is committed. A credit company owes the mall, for each
 * purchase whose approval it gave and whose capture it confirmed, the captured sum less what it refunded, as its
 * updates told the mall. It owes it from the moment the mall applied the capture: the answer to the purchase's
 * CAPTURE request (payment_request.answered_at), recorded in the transaction that applied the CAPTURED update and
 * mirrored the capture (indexed by sql/mall/V6). A purchase has one capture request, asked on the first shipping
 * receipt; a payment counted as captured at its approval (sql/mall/V4) has none, is not dated, and shows only in a
 * report without bounds.
 */
@Stateless
public class Clearing {

    private static final String CAPTURED_GOODS = "select p.settled_by, encode(p.purchase_key, 'hex'),"
            + " p.captured_amount - p.refunded_amount, p.sum_currency, min(c.answered_at)"
            + " from purchase p left join payment_request c on c.purchase_ref = p.id and c.action = 'CAPTURE'"
            + " and c.status = 'APPLIED' and c.credit_company = p.settled_by"
            + " where p.settlement_id is not null and p.captured_amount > 0";

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    MallContracts contracts;

    public ClearingReport report(ClearingWindow window) {
        return ClearingReport.of(contracts.self(), window, capturedIn(window));
    }

    /**
     * The purchases whose capture the mall applied in the window, one row each. A bound compares with the capture's
     * time, which no undated payment has: a bounded window leaves those out.
     */
    private List<AmountDue> capturedIn(ClearingWindow window) {
        StringBuilder sql = new StringBuilder(CAPTURED_GOODS);
        List<OffsetDateTime> bounds = new ArrayList<>();
        if (window.from() != null) {
            bounds.add(window.from().atOffset(ZoneOffset.UTC));
            sql.append(" and c.answered_at >= ?").append(bounds.size());
        }
        if (window.to() != null) {
            bounds.add(window.to().atOffset(ZoneOffset.UTC));
            sql.append(" and c.answered_at < ?").append(bounds.size());
        }
        Query query = em.createNativeQuery(sql.append(" group by p.id").toString());
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter(i + 1, bounds.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> capturedGoods((Object[]) row)).toList();
    }

    /** A row of the projection, its columns in the order the query selects them. */
    private static AmountDue capturedGoods(Object[] row) {
        return new AmountDue(Partner.Role.CREDIT, (String) row[0], ClearingReport.Due.FROM_COUNTERPARTY,
                (String) row[1], Money.of(((Number) row[2]).longValue(), ((String) row[3]).strip()), instant(row[4]));
    }

    /** A {@code timestamptz} as the driver hands it out: a Timestamp from PostgreSQL's, an offset date-time else. */
    private static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        throw new IllegalStateException("a timestamptz read as " + column.getClass().getName());
    }
}
