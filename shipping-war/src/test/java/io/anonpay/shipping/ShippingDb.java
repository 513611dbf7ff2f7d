package io.anonpay.shipping;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    /** The purchase's outbox rows bound for one queue. */
    public static List<String> outboxRows(String purchaseId, String destination) {
        return strings("select row_to_json(o)::text from outbox o where message_key = ? and destination = ?",
                purchaseId, destination);
    }

    /** How many of the purchase's outbox rows the relay has not sent yet. */
    public static int unsentOutboxRows(String purchaseId) {
        return strings("select id::text from outbox where message_key = ? and sent_at is null", purchaseId).size();
    }

    /** The tariff version the purchase's shipment was priced by. */
    public static String tariffVersion(String purchaseId) {
        return strings("select tariff_version from shipment where purchase_id = ?", purchaseId).get(0);
    }

    /** Every tariff published, as JSON text. */
    public static List<String> tariffRows() {
        return strings("select row_to_json(t)::text from tariff t");
    }

    public static String sealedName(String purchaseId) {
        return strings("select sealed_recipient_name from shipment where purchase_id = ?", purchaseId).get(0);
    }

    /** When the purchase's shipment was accepted, as the database holds it. */
    public static Instant acceptedAt(String purchaseId) {
        return Instant.parse(strings("select to_char(created_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from shipment where purchase_id = ?", purchaseId).get(0));
    }

    /** Moves the shipment's acceptance to another time, behind the server's back. */
    public static void setAcceptedAt(String purchaseId, Instant at) {
        update("update shipment set created_at = ?::timestamptz where purchase_id = ?", at.toString(), purchaseId);
    }

    /** Changes the shipment's fee behind the server's back, as a correction straight in the database would. */
    public static void setFee(String purchaseId, long amount) {
        update("update shipment set fee_amount = ?::bigint where purchase_id = ?", Long.toString(amount), purchaseId);
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
            rows.addAll(strings("select row_to_json(t)::text from \"" + table + "\" t"));
        }
        return rows;
    }

    private static void update(String sql, String... parameters) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("not exactly one row changed by " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql, String... parameters) {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
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
