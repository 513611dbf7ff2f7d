package io.anonpay.credit.settlement;

import io.anonpay.common.contract.Queues;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the credit company's database holds, read the way an auditor would: through a connection of its own. */
final class CreditRows {

    /** A card's balance and the sum of the holds on it. */
    record Funds(long balance, long held) {
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
