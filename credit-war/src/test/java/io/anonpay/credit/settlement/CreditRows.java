package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Queues;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the credit company's database holds, read the way an auditor would: through a connection of its own. */
final class CreditRows {

    /** A card's balance and the sum of the holds on it. */
    record Funds(long balance, long held) {
    }

    /**
     * A card as its payments account for it: {@code held} = the goods of AUTHORIZED payments + the fees still HELD;
     * {@code taken} = the goods captured − refunded + the fees claimed, which the balance is the issued credit less.
     */
    record Books(long held, long taken) {
    }

    private CreditRows() {
    }

    static Funds funds(long cardId) {
        return query("select balance_amount, held_amount from card where id = ?", rs -> new Funds(rs.getLong(1),
                rs.getLong(2)), cardId).get(0);
    }

    /** The payment's state, captured and refunded totals, e.g. "CAPTURED 2500/0". */
    static String payment(String purchaseId) {
        return query("select state, captured_amount, refunded_amount from settlement where purchase_id = ?",
                rs -> rs.getString(1) + " " + rs.getLong(2) + "/" + rs.getLong(3), purchaseId).get(0);
    }

    /** The shipping terms recorded with the settlement, e.g. "shipping 1000 cm³ 500 t0123456789abcdef". */
    static String shippingTerms(String purchaseId) {
        return query("select shipping_company, shipping_volume, fee_amount, tariff_version from settlement"
                + " where purchase_id = ?", rs -> rs.getString(1) + " " + rs.getLong(2) + " cm³ " + rs.getLong(3)
                + " " + rs.getString(4), purchaseId).get(0);
    }

    /** Where the fee line stands and whether the recipient was the cardholder, e.g. "CLAIMED true", "HELD null". */
    static String feeLine(String purchaseId) {
        return query("select fee_state, recipient_matched from settlement where purchase_id = ?",
                rs -> rs.getString(1) + " " + rs.getObject(2), purchaseId).get(0);
    }

    /** What the card's payments account for (see {@link Books}). */
    static Books books(long cardId) {
        return query("select coalesce(sum(case when state = 'AUTHORIZED' then sum_amount else 0 end), 0)"
                + " + coalesce(sum(case when fee_state = 'HELD' then fee_amount else 0 end), 0),"
                + " coalesce(sum(captured_amount - refunded_amount), 0)"
                + " + coalesce(sum(case when fee_state = 'CLAIMED' then fee_amount else 0 end), 0)"
                + " from settlement where card_id = ?", rs -> new Books(rs.getLong(1), rs.getLong(2)), cardId).get(0);
    }

    /** The card's balance and holds are what its payments say: issued − taken, and the holds of its payments. */
    static void assertBooksBalance(long cardId, long issued) {
        Funds funds = funds(cardId);
        assertThat(books(cardId)).as("the books of card " + cardId + " reading " + funds)
                .isEqualTo(new Books(funds.held(), issued - funds.balance()));
    }

    /** Every step of the payment, oldest first, e.g. "CAPTURE 2500 REFUSED NOT_HELD". */
    static List<String> steps(String purchaseId) {
        return query("select p.kind, p.amount, p.outcome, p.refusal from payment_step p join settlement s"
                + " on s.id = p.settlement_ref where s.purchase_id = ? order by p.id", rs -> rs.getString(1) + " "
                + rs.getLong(2) + " " + rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4)),
                purchaseId);
    }

    /** How many payment updates about the purchase were ever written for the mall. */
    static long updatesWritten(String purchaseId) {
        return query("select count(*) from outbox where destination = ? and message_key = ?", rs -> rs.getLong(1),
                Queues.PAYMENT_UPDATES, purchaseId).get(0);
    }

    /** Changes rows as time would (a hold running out); returns how many changed. */
    static int update(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
