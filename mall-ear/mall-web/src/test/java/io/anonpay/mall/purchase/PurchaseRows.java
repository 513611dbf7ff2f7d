package io.anonpay.mall.purchase;

import io.anonpay.common.contract.PurchaseKey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The mall's purchase table as its tests change it, through the mall's own database login (DB_URL, DB_USER,
 * DB_PASSWORD): a purchase's window moved back, as time would, and rows that fill the table as a flood would.
 */
final class PurchaseRows {

    private static final String FILLER = "cap-filler-";

    private PurchaseRows() {
    }

    /**
     * Moves the purchase's payment window, and the time a payment there may be pending, {@code hours} back from
     * now: as if it was bought a day before that.
     */
    static void windowClosedHoursAgo(String purchaseId, int hours) {
        update(purchaseId, "update purchase set payable_until = now() - make_interval(hours => ?),"
                + " created_at = now() - make_interval(hours => ? + 24),"
                + " payment_pending_until = case when payment_pending_until is null then null"
                + " else now() - make_interval(hours => ?) end where purchase_key = ?", hours);
    }

    /** Moves only the purchase's payment window {@code hours} back, leaving when a payment may be pending. */
    static void onlyPayableUntilHoursAgo(String purchaseId, int hours) {
        update(purchaseId, "update purchase set payable_until = now() - make_interval(hours => ?),"
                + " created_at = now() - make_interval(hours => ? + 24)"
                + " where purchase_key = ?", hours);
    }

    /** Purchases awaiting payment (expired ones not yet purged included), as the cap counts them. */
    static long awaitingPayment() {
        return count("select count(*) from purchase where status in ('AWAITING_PAYMENT', 'PAYMENT_DECLINED')");
    }

    static long all() {
        return count("select count(*) from purchase");
    }

    /** Adds {@code rows} purchases awaiting payment, payable for a day, nobody's. */
    static void fill(long rows) {
        execute("insert into purchase (purchase_key, purchase_id, status, sum_amount, sum_currency, volume_cubic_cm,"
                + " weight_grams, dimensional_weight_grams, item_count, created_at, payable_until, updated_at)"
                + " select decode(md5('" + FILLER + "' || g), 'hex'), '" + FILLER + "' || g, 'AWAITING_PAYMENT', 100,"
                + " 'EUR', 1000, 100, 0, 1, now(), now() + interval '24 hours', now()"
                + " from generate_series(1, " + rows + ") g");
    }

    static void removeFillers() {
        execute("delete from purchase where purchase_id like '" + FILLER + "%'");
    }

    private static void update(String purchaseId, String sql, int hours) {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            int parameters = update.getParameterMetaData().getParameterCount();
            for (int i = 1; i < parameters; i++) {
                update.setInt(i, hours);
            }
            update.setBytes(parameters, PurchaseKey.of(purchaseId).bytes());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no purchase " + purchaseId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the mall's purchase table", e);
        }
    }

    private static long count(String sql) {
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the mall's purchase table", e);
        }
    }

    private static void execute(String sql) {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the mall's purchase table", e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }
}
