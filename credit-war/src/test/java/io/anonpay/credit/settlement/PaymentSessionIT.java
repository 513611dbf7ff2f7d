package io.anonpay.credit.settlement;

import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment sessions: one password check, then several payments with the session token; sessions that are unknown,
 * expired or tampered with pay nothing; a wrong password opening a session counts toward the lockout; the token is
 * stored only as its SHA-256.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    private static JsonObject json(Http.Reply reply) {
        return reply.json().asJsonObject();
    }

    @Test
    void oneSessionPaysTwoPurchasesWithOnePasswordCheck() {
        TestCard card = credit().issue(10_000, "EUR");

        Http.Reply opened = credit().openSession(card.number(), card.password());
        String token = json(opened).getString("sessionToken");
        Http.Reply first = credit().payInSession(ActingMall.instructions(1_500, "EUR"), token);
        Http.Reply second = credit().payInSession(ActingMall.instructions(2_000, "EUR"), token);

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Instant.parse(json(opened).getString("expiresAt")))
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(json(opened).getString("maskedNumber")).endsWith(card.number().substring(12))
                .doesNotContain(card.number().substring(0, 12));
        for (Http.Reply paid : List.of(first, second)) {
            assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
            assertThat(json(paid).getString("outcome")).isEqualTo("APPROVED");
            assertThat(json(paid).getString("passwordCheck")).as("no password in this request")
                    .isEqualTo("NOT_CHECKED");
            assertThat(json(paid).containsKey("passwordMatched")).as("no claim of a check not made").isFalse();
            assertThat(json(paid).getBoolean("finalOutcome")).isTrue();
        }
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).as("goods and fees").isEqualTo(1_500 + 2_000 + 2 * ActingMall.FEE);
    }

    @Test
    void sessionPaymentsCheckNoPasswordSoTheyNeitherEndARunOfFailuresNorPassALock() {
        TestCard card = credit().issue(10_000, "EUR");
        String token = credit().sessionToken(card);
        for (int attempt = 1; attempt <= 4; attempt++) {
            credit().statement(card.number(), "guess " + attempt);
        }

        Http.Reply paid = credit().payInSession(ActingMall.instructions(100, "EUR"), token);
        Http.Reply fifth = credit().statement(card.number(), "guess 5");
        Http.Reply whileLocked = credit().payInSession(ActingMall.instructions(100, "EUR"), token);

        assertThat(json(paid).getString("outcome")).as(paid.toString()).isEqualTo("APPROVED");
        assertThat(fifth.status()).as("the session payment did not reset the four failures: " + fifth)
                .isEqualTo(423);
        assertThat(whileLocked.status()).as(whileLocked.toString()).isEqualTo(200);
        assertThat(json(whileLocked).getString("declineReason")).isEqualTo("CARD_LOCKED");
        assertThat(json(whileLocked).getString("passwordCheck")).isEqualTo("NOT_CHECKED");
        assertThat(json(whileLocked).containsKey("passwordMatched")).isFalse();
        assertThat(json(whileLocked).getBoolean("finalOutcome")).isFalse();
        assertThat(credit().available(card)).isEqualTo(9_900 - ActingMall.FEE);
    }

    @Test
    void unknownExpiredAndTamperedSessionsAreRefusedAndChargeNothing() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        String token = credit().sessionToken(card);
        String expired = credit().sessionToken(card);
        expire(expired);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        for (String bad : List.of(unknown, expired, tampered, "not a token", token + "A")) {
            Http.Reply reply = credit().payInSession(ActingMall.instructions(100, "EUR"), bad);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(json(reply).getString("type")).endsWith("/session-invalid");
            assertThat(reply.body()).doesNotContain(bad);
        }
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isZero();
        assertThat(json(credit().payInSession(ActingMall.instructions(100, "EUR"), token)).getString("outcome"))
                .as("the genuine token still pays").isEqualTo("APPROVED");
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        String live = credit().sessionToken(card);
        String expired = credit().sessionToken(card);
        expire(expired);

        Instant deadline = Instant.now().plusSeconds(60);
        while (sessionRows(expired) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(sessionRows(expired)).as("the expired session, a minute later").isZero();
        assertThat(sessionRows(live)).as("the live session").isEqualTo(1);
        assertThat(json(credit().payInSession(ActingMall.instructions(100, "EUR"), live)).getString("outcome"))
                .as("the live session still pays").isEqualTo("APPROVED");
    }

    @Test
    void aWrongPasswordOpeningASessionCountsTowardTheLockout() {
        TestCard card = credit().issue(10_000, "EUR");

        Http.Reply wrong = credit().openSession(card.number(), "wrong");
        Http.Reply payment = credit().pay(ActingMall.instructions(100, "EUR"), card.number(), "wrong again");
        Http.Reply third = credit().openSession(card.number(), "wrong 3");
        credit().openSession(card.number(), "wrong 4");
        Http.Reply fifth = credit().openSession(card.number(), "wrong 5");
        Http.Reply right = credit().openSession(card.number(), card.password());

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(json(wrong).getString("type")).endsWith("/card-rejected");
        assertThat(json(payment).getInt("attemptsLeft")).isEqualTo(3);
        assertThat(json(third).getString("detail")).contains("attempts left before the card locks: 2");
        assertThat(fifth.status()).as(fifth.toString()).isEqualTo(423);
        assertThat(json(fifth).getString("type")).endsWith("/card-locked");
        assertThat(right.status()).as(right.toString()).isEqualTo(423);
        assertThat(right.body()).doesNotContain("sessionToken");
    }

    @Test
    void aPaymentGivesEitherPasswordOrSessionTokenNeverBothNorNeither() {
        TestCard card = credit().issue(10_000, "EUR");
        String token = credit().sessionToken(card);
        String instructions = ActingMall.instructions(100, "EUR");
        Http http = credit().http();

        List<JsonObject> bodies = List.of(
                Json.createObjectBuilder().add("instructions", instructions).add("cardNumber", card.number())
                        .add("password", card.password()).add("sessionToken", token).build(),
                Json.createObjectBuilder().add("instructions", instructions).add("cardNumber", card.number())
                        .add("sessionToken", token).build(),
                Json.createObjectBuilder().add("instructions", instructions).add("password", card.password())
                        .add("sessionToken", token).build(),
                Json.createObjectBuilder().add("instructions", instructions).build(),
                Json.createObjectBuilder().add("instructions", instructions).add("cardNumber", card.number()).build(),
                Json.createObjectBuilder().add("instructions", instructions).add("sessionToken", "").build());
        for (JsonObject body : bodies) {
            Http.Reply reply = http.post("api/settlements", body.toString());
            assertThat(reply.status()).as(body.keySet() + ": " + reply).isEqualTo(400);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(json(reply).getString("type")).endsWith("/invalid-request");
        }
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isZero();
        assertThat(credit().payInSession(instructions, token).status()).isEqualTo(201);
    }

    @Test
    void theDatabaseHoldsOnlyTheTokensHash() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        String token = credit().sessionToken(card);
        byte[] raw = Base64.getUrlDecoder().decode(token);
        String hashHex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));

        String database = everyRowOfEveryTable();

        assertThat(database).contains(hashHex);
        assertThat(database).doesNotContain(token).doesNotContainIgnoringCase(HexFormat.of().formatHex(raw))
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void theApiDescriptionShowsBothWaysToPay() throws Exception {
        java.net.http.HttpResponse<String> described = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/openapi")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        assertThat(described.body()).contains("/payment-sessions").contains("sessionToken");
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }

    /** Moves a session's life into the past, as if ten minutes had gone by. */
    private static void expire(String token) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(token));
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(
                "update payment_session set created_at = now() - interval '11 minutes',"
                        + " expires_at = now() - interval '1 minute' where token_hash = ?")) {
            update.setBytes(1, hash);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static int sessionRows(String token) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(token));
        try (Connection db = database(); PreparedStatement count = db.prepareStatement(
                "select count(*) from payment_session where token_hash = ?")) {
            count.setBytes(1, hash);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String everyRowOfEveryTable() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema()"
                            + " and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("payment_session");
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
