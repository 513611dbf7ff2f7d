package io.anonpay.shipping;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the shipping company's database directly, the way an auditor (or an intruder) would. */
public final class ShippingDb {

    private ShippingDb() {
    }

    /** Every column of the purchase's shipment rows, as JSON text (bytea as hex). */
    public static List<String> shipmentRows(String purchaseId) {
        return strings("select row_to_json(s)::text from shipment s where purchase_id = ?", purchaseId);
    }

    public static List<String> outboxRows(String purchaseId) {
        return strings("select row_to_json(o)::text from outbox o where message_key = ?", purchaseId);
    }

    public static String sealedName(String purchaseId) {
        return strings("select sealed_recipient_name from shipment where purchase_id = ?", purchaseId).get(0);
    }

    public static int outboxAttempts(String purchaseId) {
        return strings("select attempts::text from outbox where message_key = ?", purchaseId).stream()
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    /** Every row of every table, as JSON text: what must never hold a clear name or address. */
    public static List<String> everything() {
        List<String> rows = new ArrayList<>();
        for (String table : strings("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> ?", "-")) {
            rows.addAll(strings("select row_to_json(t)::text from \"" + table + "\" t", null));
        }
        return rows;
    }

    private static List<String> strings(String sql, String parameter) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             PreparedStatement query = db.prepareStatement(sql)) {
            int parameters = query.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                query.setString(i, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
