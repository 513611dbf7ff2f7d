package io.anonpay.mall.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.it.BrokerClient;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relay's one-second sweep sends what waits in the outbox when no commit announced it: a row written straight
 * into the mall's outbox reaches its queue and is marked sent. Such rows are what a broker outage leaves behind
 * (postponed, due later, with no new commit to wake the relay). Payara runs a timeout callback in a local
 * transaction whatever its attribute, where the relay's non-XA database and broker connections cannot both enlist;
 * the sweep then failed every time and the row waited for ever (found by OutageIT's broker kill while captures flow).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxSweepIT {

    private static final String QUEUE = "anonpay.test.outbox-sweep";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @Test
    void aRowNobodyAnnouncedIsSentByTheSweep() throws SQLException {
        String text = "sweep-probe-" + UUID.randomUUID();

        insert(text);

        assertThat(BrokerClient.find(QUEUE, text::equals, TestMall.PATIENCE)).as("the row on its queue").isPresent();
        assertThat(sentMark(text)).as("the row marked sent").isTrue();
    }

    private static void insert(String text) throws SQLException {
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement(
                     "insert into outbox (destination, message_key, body) values (?, ?, ?)")) {
            insert.setString(1, QUEUE);
            insert.setString(2, text);
            insert.setString(3, text);
            insert.executeUpdate();
        }
    }

    private static boolean sentMark(String text) throws SQLException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Connection db = connect();
                 PreparedStatement select = db.prepareStatement(
                         "select sent_at is not null from outbox where message_key = ?")) {
                select.setString(1, text);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return true;
                    }
                }
            }
            TestMall.sleep(100);
        }
        return false;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }
}
