package io.anonpay.systemtests.reliability;

import io.anonpay.embedded.ServerDatabase;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only looks into the servers' databases, as an auditor would: what the APIs do not show (every settlement of
 * a card, a fingerprint of the business tables to prove that a rejected request changed nothing).
 */
final class Databases {

    private final AnonpaySystem system;

    Databases(AnonpaySystem system) {
        this.system = system;
    }

    /**
     * One string that changes when any business row of any server changes: products, purchases and payment requests
     * at the mall, cards' balances and holds, settlements and payment steps at the credit company, shipments at the
     * shipping company. Failed password
     * counters are left out on purpose (a wrong password is meant to count).
     */
    String fingerprint() {
        return String.join(" | ",
                query(Server.MALL, "select count(*) || ':' || md5(coalesce(string_agg(p::text, ',' order by id), ''))"
                        + " from product p"),
                query(Server.MALL, "select count(*) || ':' || md5(coalesce(string_agg(concat_ws('/', id, status,"
                        + " credit_company, settled_by, settlement_id, decline_reason, shipping_company, shipping_id,"
                        + " payment_state, captured_amount, refunded_amount, version), ',' order by id), ''))"
                        + " from purchase"),
                query(Server.MALL, "select count(*) || ':' || md5(coalesce(string_agg(r::text, ',' order by id), ''))"
                        + " from payment_request r"),
                query(Server.CREDIT, "select count(*) || ':' || md5(coalesce(string_agg(concat_ws('/', id,"
                        + " balance_amount, held_amount, status), ',' order by id), '')) from card"),
                query(Server.CREDIT, "select count(*) || ':' || md5(coalesce(string_agg(s::text, ',' order by id), ''))"
                        + " from settlement s"),
                query(Server.CREDIT, "select count(*) || ':' || md5(coalesce(string_agg(p::text, ',' order by id), ''))"
                        + " from payment_step p"),
                query(Server.SHIPPING, "select count(*) || ':' || md5(coalesce(string_agg(concat_ws('/', id,"
                        + " shipping_id, status, version), ',' order by id), '')) from shipment"));
    }

    /** The approved settlements of one card, from the credit company's own ledger: {count, sum}. */
    long[] approved(long cardId) {
        String row = query(Server.CREDIT, "select count(*) || ',' || coalesce(sum(sum_amount), 0) from settlement"
                + " where card_id = ? and outcome = 'APPROVED'", cardId);
        String[] parts = row.split(",");
        return new long[]{Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** How many settlements the credit company recorded for this purchase (the unique key says at most one). */
    long settlementsOf(String purchaseId) {
        return Long.parseLong(query(Server.CREDIT, "select count(*) from settlement where purchase_id = ?", purchaseId));
    }

    /**
     * One card's books in the credit company's ledger: its balance and holds, its approved payments' goods summed by
     * what became of them (still held, captured, refunded, released by a void or an expiry), and their shipping fees
     * likewise (held, claimed by the shipping company, released).
     */
    record CardBooks(long balance, long held, long approvedCount, long approvedSum, long heldBySettlements,
                     long captured, long refunded, long released, long feesApproved, long feesHeld, long feesClaimed,
                     long feesReleased) {

        /** What the cardholder can still spend: the statement's {@code available}. */
        long available() {
            return balance - held;
        }
    }

    CardBooks books(long cardId) {
        String row = query(Server.CREDIT, "select concat_ws(',', c.balance_amount, c.held_amount,"
                + " count(s.id) filter (where s.outcome = 'APPROVED'),"
                + " coalesce(sum(s.sum_amount) filter (where s.outcome = 'APPROVED'), 0),"
                + " coalesce(sum(s.sum_amount) filter (where s.state = 'AUTHORIZED'), 0),"
                + " coalesce(sum(s.captured_amount), 0), coalesce(sum(s.refunded_amount), 0),"
                + " coalesce(sum(s.sum_amount) filter (where s.state in ('VOIDED', 'EXPIRED')), 0),"
                + " coalesce(sum(s.fee_amount) filter (where s.fee_state is not null), 0),"
                + " coalesce(sum(s.fee_amount) filter (where s.fee_state = 'HELD'), 0),"
                + " coalesce(sum(s.fee_amount) filter (where s.fee_state = 'CLAIMED'), 0),"
                + " coalesce(sum(s.fee_amount) filter (where s.fee_state = 'RELEASED'), 0))"
                + " from card c left join settlement s on s.card_id = c.id where c.id = ? group by c.id", cardId);
        long[] v = java.util.Arrays.stream(row.split(",")).mapToLong(Long::parseLong).toArray();
        return new CardBooks(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    /** Cards whose balance or available amount (balance − holds) is negative, or whose holds are. */
    long negativeBalances() {
        return Long.parseLong(query(Server.CREDIT, "select count(*) from card"
                + " where balance_amount < 0 or held_amount < 0 or balance_amount - held_amount < 0"));
    }

    /** Approved payments whose totals break refunded ≤ captured ≤ authorised. */
    long paymentsOutOfOrder() {
        return Long.parseLong(query(Server.CREDIT, "select count(*) from settlement where outcome = 'APPROVED'"
                + " and not (0 <= refunded_amount and refunded_amount <= captured_amount"
                + " and captured_amount <= sum_amount)"));
    }

    List<String> column(Server server, String sql, Object... parameters) {
        try (Connection connection = connect(server); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + server.id() + "'s database: " + e.getMessage(), e);
        }
    }

    /**
     * Changes a party's database behind its server's back, as its own role: for a test that alters one amount and
     * puts it back.
     *
     * @return the rows changed
     */
    int update(Server server, String sql, Object... parameters) {
        ServerDatabase database = system.database(server);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("changing " + server.id() + "'s database: " + e.getMessage(), e);
        }
    }

    private String query(Server server, String sql, Object... parameters) {
        List<String> values = column(server, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    private Connection connect(Server server) throws SQLException {
        ServerDatabase database = system.database(server);
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        connection.setReadOnly(true);
        return connection;
    }
}
