package io.anonpay.wildfly.mall;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.wildfly.PartyDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A purchase as the mall's database holds it: every column a settlement result moves, and the version that counts
 * the row's updates.
 */
record PurchaseRow(String status, String settledBy, String settlementId, Instant updatedAt, long version) {

    static PurchaseRow of(String purchaseId) {
        try (Connection connection = PartyDatabase.connect();
             PreparedStatement query = connection.prepareStatement("select status, settled_by, settlement_id,"
                     + " updated_at, version from purchase where purchase_key = ?")) {
            query.setBytes(1, PurchaseKey.of(purchaseId).bytes());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no purchase " + purchaseId);
                }
                return new PurchaseRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getLong(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the purchase", e);
        }
    }
}
