package io.anonpay.credit.settlement;

import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.ServerOutput;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import io.anonpay.it.InfrastructureSession;
import io.anonpay.it.TestParties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leaves the credit company: signed settlement results reach the mall's queue (also after a broker outage),
 * and no card number or password is ever written down in clear, in the database or in the server's log.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementDeliveryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerOutput.capture();
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    /** The mall's view: it verifies results with the keys the credit company publishes. */
    private SignedContracts mall() {
        String jwks = credit().http().get("api/keys").body();
        return new SignedContracts(TestParties.MALL, TestParties.keys(TestParties.MALL),
                TrustedKeys.of(Map.of("credit", JwkSet.parse(jwks))), ReplayGuard.none(), Clock.systemUTC());
    }

    @Test
    void approvedAndDeclinedResultsReachTheMallSignedByTheCreditCompany() throws Exception {
        TestCard card = credit().issue(5_000, "EUR");
        String approvedId = ActingMall.purchaseId();
        String declinedId = ActingMall.purchaseId();
        assertThat(credit().pay(ActingMall.instructions(approvedId, 4_000, "EUR"), card.number(), card.password())
                .status()).isEqualTo(201);
        assertThat(credit().pay(ActingMall.instructions(declinedId, 4_000, "EUR"), card.number(), card.password())
                .status()).isEqualTo(201);

        String approvedJws = MallQueue.resultFor(approvedId, Duration.ofSeconds(60)).orElseThrow();
        String declinedJws = MallQueue.resultFor(declinedId, Duration.ofSeconds(60)).orElseThrow();

        SettlementResult approved = mall().verifySettlementResult(approvedJws);
        assertThat(approved.purchaseId()).isEqualTo(approvedId);
        assertThat(approved.outcome()).isEqualTo(SettlementResult.Outcome.APPROVED);
        assertThat(approved.paymentSum().amount()).isEqualTo(4_000);
        assertThat(approved.creditCompany()).isEqualTo("credit");
        assertThat(approved.settlementId()).startsWith("v1.").doesNotContain(card.customerName());
        SettlementResult declined = mall().verifySettlementResult(declinedJws);
        assertThat(declined.outcome()).isEqualTo(SettlementResult.Outcome.DECLINED);
        assertThat(declined.declineReason()).isEqualTo(SettlementResult.DeclineReason.INSUFFICIENT_BALANCE);
        assertThat(declined.settlementId()).isNull();
    }

    @Test
    void wrongPasswordsAreNotSentToTheMall() throws Exception {
        TestCard card = credit().issue(5_000, "EUR");
        String purchaseId = ActingMall.purchaseId();

        Http.Reply wrong = credit().pay(ActingMall.instructions(purchaseId, 100, "EUR"), card.number(), "wrong");

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(MallQueue.resultFor(purchaseId, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aPaymentMadeWhileTheBrokerIsDownIsDeliveredWhenItIsBack() throws Exception {
        TestCard card = credit().issue(5_000, "EUR");
        String purchaseId = ActingMall.purchaseId();
        Http.Reply paid;
        InfrastructureSession.stopBroker();
        try {
            paid = credit().pay(ActingMall.instructions(purchaseId, 1_500, "EUR"), card.number(), card.password());
            Thread.sleep(3_000); // let the relay find the broker gone at least once
        } finally {
            InfrastructureSession.startBroker();
        }

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        String jws = MallQueue.resultFor(purchaseId, Duration.ofSeconds(150)).orElseThrow(
                () -> new AssertionError("the result made during the outage never arrived"));
        assertThat(mall().verifySettlementResult(jws).outcome()).isEqualTo(SettlementResult.Outcome.APPROVED);
        assertThat(credit().balance(card)).isEqualTo(5_000);
        assertThat(credit().held(card)).isEqualTo(1_500 + ActingMall.FEE);
    }

    @Test
    void noCardNumberPasswordOrSessionTokenInClearInAnyTableMessageOrLog() throws Exception {
        TestCard card = credit().issue(5_000, "EUR");
        String purchaseId = ActingMall.purchaseId();
        credit().pay(ActingMall.instructions(purchaseId, 700, "EUR"), card.number(), "wrong password " + card.password());
        assertThat(credit().pay(ActingMall.instructions(purchaseId, 700, "EUR"), card.number(), card.password())
                .status()).isEqualTo(201);
        assertThat(credit().statement(card.number(), card.password()).status()).isEqualTo(200);
        String token = credit().sessionToken(card);
        assertThat(credit().payInSession(ActingMall.instructions(100, "EUR"), token).status()).isEqualTo(201);
        String message = MallQueue.resultFor(purchaseId, Duration.ofSeconds(60)).orElseThrow();

        List<String> secrets = List.of(card.number(), card.number().substring(0, 12), card.password(),
                hex(card.number()), hex(card.password()), token, hex(token));
        String database = everyRowOfEveryTable();
        assertThat(database).contains(card.number().substring(12)); // the search does see the tables
        for (String secret : secrets) {
            assertThat(database).as("database").doesNotContainIgnoringCase(secret);
            assertThat(message).as("message to the mall").doesNotContain(secret);
        }
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(message.split("\\.")[1]), StandardCharsets.UTF_8))
                .doesNotContain(card.customerName()).doesNotContain(card.number());
        String log = ServerOutput.text();
        assertThat(log).as("server output captured").contains("credit");
        for (String secret : List.of(card.number(), card.password(), card.customerName(), token)) {
            assertThat(log).as("server log").doesNotContain(secret);
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String everyRowOfEveryTable() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema()"
                            + " and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("card", "customer", "settlement", "outbox");
            for (String table : tables) {
                try (ResultSet rs = sql.executeQuery("select t::text from \"" + table + "\" t")) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
