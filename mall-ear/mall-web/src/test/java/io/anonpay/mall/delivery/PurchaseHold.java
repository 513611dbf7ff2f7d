package io.anonpay.mall.delivery;

import io.anonpay.common.contract.PurchaseKey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the mall's database refuse to move one purchase out of AWAITING_PAYMENT, until closed: a check constraint
 * on that purchase's key, added through the mall's own database login (DB_URL, DB_USER, DB_PASSWORD), as a
 * failing database would refuse the update.
 */
final class PurchaseHold implements AutoCloseable {

    private final String constraint;

    private PurchaseHold(String constraint) {
        this.constraint = constraint;
    }

    static PurchaseHold on(String purchaseId, String constraint) {
        String key = PurchaseKey.of(purchaseId).hex();
        execute("alter table purchase add constraint " + constraint + " check (purchase_key <> decode('" + key
                + "', 'hex') or status = 'AWAITING_PAYMENT') not valid");
        return new PurchaseHold(constraint);
    }

    @Override
    public void close() {
        execute("alter table purchase drop constraint if exists " + constraint);
    }

    private static void execute(String sql) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the mall's purchase table", e);
        }
    }
}
