package io.anonpay.credit.settlement;

import io.anonpay.common.crypto.KeyRing;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments through the deployed credit company: approval, each decline, the password comparison result, the
 * lockout, idempotent re-payment, rejected instructions, and bursts of concurrent payments.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

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
    void approvedPaymentHoldsOnceWithoutDebitingAndARepeatReturnsTheFirstOutcome() {
        TestCard card = credit().issue(10_000, "EUR");
        String purchaseId = ActingMall.purchaseId();
        String instructions = ActingMall.instructions(purchaseId, 2_500, "EUR");

        Http.Reply paid = credit().pay(instructions, card.number(), card.password());
        Http.Reply again = credit().pay(instructions, card.number(), card.password());

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(json(paid).getString("outcome")).isEqualTo("APPROVED");
        assertThat(json(paid).getString("passwordCheck")).isEqualTo("MATCHED");
        assertThat(json(paid).getBoolean("passwordMatched")).isTrue();
        assertThat(json(paid).getBoolean("finalOutcome")).isTrue();
        assertThat(json(paid).getString("purchaseId")).isEqualTo(purchaseId);
        assertThat(json(paid).getString("returnUrl")).isEqualTo(ActingMall.RETURN_URL);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(json(again).getString("outcome")).isEqualTo("APPROVED");
        assertThat(json(again).getBoolean("repeated")).isTrue();
        assertThat(credit().balance(card)).as("authorised, not debited").isEqualTo(10_000);
        assertThat(credit().held(card)).as("goods and fee held once").isEqualTo(2_500 + FEE);

        JsonObject statement = json(credit().statement(card.number(), card.password()));
        assertThat(statement.getJsonObject("balance").getJsonNumber("amount").longValue()).isEqualTo(10_000);
        assertThat(statement.getJsonObject("held").getJsonNumber("amount").longValue()).isEqualTo(2_500 + FEE);
        assertThat(statement.getJsonObject("available").getJsonNumber("amount").longValue())
                .isEqualTo(7_500 - FEE);
        assertThat(statement.getJsonArray("settlements")).hasSize(1);
        JsonObject line = statement.getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("purchaseId")).isEqualTo(purchaseId);
        assertThat(line.getJsonObject("sum").getJsonNumber("amount").longValue()).isEqualTo(2_500);
        assertThat(line.getString("date")).isNotBlank();
        assertThat(line.getString("state")).isEqualTo("AUTHORIZED");
        assertThat(line.getJsonObject("captured").getJsonNumber("amount").longValue()).isZero();
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind") + " "
                        + step.getJsonObject("amount").getJsonNumber("amount").longValue())
                .containsExactly("HOLD 2500", "FEE_HOLD " + FEE);
        assertThat(statement.getString("maskedNumber")).endsWith(card.number().substring(12))
                .doesNotContain(card.number().substring(0, 12));
    }

    @Test
    void insufficientBalanceIsAFinalDeclineThatDebitsNothing() {
        TestCard card = credit().issue(1_000, "EUR");
        String instructions = ActingMall.instructions(2_500, "EUR");

        Http.Reply declined = credit().pay(instructions, card.number(), card.password());
        Http.Reply again = credit().pay(instructions, card.number(), card.password());

        assertThat(declined.status()).as(declined.toString()).isEqualTo(201);
        assertThat(json(declined).getString("outcome")).isEqualTo("DECLINED");
        assertThat(json(declined).getString("declineReason")).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(json(declined).getString("passwordCheck")).isEqualTo("MATCHED");
        assertThat(json(declined).getBoolean("passwordMatched")).isTrue();
        assertThat(json(declined).getBoolean("finalOutcome")).isTrue();
        assertThat(json(again).getString("declineReason")).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(json(again).getBoolean("repeated")).isTrue();
        assertThat(credit().balance(card)).isEqualTo(1_000);
        assertThat(credit().held(card)).isZero();
        JsonObject line = json(credit().statement(card.number(), card.password())).getJsonArray("settlements")
                .getJsonObject(0);
        assertThat(line.getString("outcome")).isEqualTo("DECLINED");
        assertThat(line.getOrDefault("state", JsonValue.NULL)).as("a decline has no payment")
                .isEqualTo(JsonValue.NULL);
        assertThat(line.getJsonArray("steps")).isEmpty();
    }

    @Test
    void wrongPasswordIsToldAndTheBuyerMayRetryTheSamePurchase() {
        TestCard card = credit().issue(10_000, "EUR");
        String instructions = ActingMall.instructions(1_200, "EUR");

        Http.Reply wrong = credit().pay(instructions, card.number(), "not the password");
        Http.Reply right = credit().pay(instructions, card.number(), card.password());

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(200);
        assertThat(json(wrong).getString("outcome")).isEqualTo("DECLINED");
        assertThat(json(wrong).getString("declineReason")).isEqualTo("CARD_REJECTED");
        assertThat(json(wrong).getString("passwordCheck")).isEqualTo("NOT_MATCHED");
        assertThat(json(wrong).getBoolean("passwordMatched")).isFalse();
        assertThat(json(wrong).getBoolean("finalOutcome")).isFalse();
        assertThat(json(wrong).getInt("attemptsLeft")).isEqualTo(4);
        assertThat(right.status()).as(right.toString()).isEqualTo(201);
        assertThat(json(right).getString("outcome")).isEqualTo("APPROVED");
        assertThat(json(right).getString("passwordCheck")).isEqualTo("MATCHED");
        assertThat(json(right).getBoolean("passwordMatched")).isTrue();
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isEqualTo(1_200 + FEE);
    }

    @Test
    void unknownCardIsDeclinedLikeAWrongPassword() {
        String unknown = io.anonpay.credit.card.control.CardNumbers.generate("990042", new SecureRandom());

        Http.Reply reply = credit().pay(ActingMall.instructions(100, "EUR"), unknown, "whatever");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(json(reply).getString("declineReason")).isEqualTo("CARD_REJECTED");
        assertThat(json(reply).getString("passwordCheck")).isEqualTo("NOT_MATCHED");
        assertThat(json(reply).getBoolean("passwordMatched")).isFalse();
        assertThat(json(reply).getBoolean("finalOutcome")).isFalse();
    }

    @Test
    void cardInAnotherCurrencyIsDeclinedAndMayUseAnotherCard() {
        TestCard dollars = credit().issue(10_000, "USD");
        TestCard euros = credit().issue(10_000, "EUR");
        String instructions = ActingMall.instructions(500, "EUR");

        Http.Reply mismatch = credit().pay(instructions, dollars.number(), dollars.password());
        Http.Reply paid = credit().pay(instructions, euros.number(), euros.password());

        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(200);
        assertThat(json(mismatch).getString("declineReason")).isEqualTo("CURRENCY_MISMATCH");
        assertThat(json(mismatch).getString("passwordCheck")).isEqualTo("MATCHED");
        assertThat(json(mismatch).getBoolean("passwordMatched")).isTrue();
        assertThat(json(mismatch).getBoolean("finalOutcome")).isFalse();
        assertThat(json(paid).getString("outcome")).isEqualTo("APPROVED");
        assertThat(credit().balance(dollars)).isEqualTo(10_000);
        assertThat(credit().held(dollars)).isZero();
        assertThat(credit().available(euros)).isEqualTo(9_500 - FEE);
    }

    @Test
    void fiveWrongPasswordsLockTheCardForThirtyMinutesEvenForTheRightOne() {
        TestCard card = credit().issue(10_000, "EUR");
        String instructions = ActingMall.instructions(100, "EUR");
        Http.Reply last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = credit().pay(instructions, card.number(), "guess " + attempt);
        }

        Http.Reply right = credit().pay(instructions, card.number(), card.password());
        Http.Reply statement = credit().statement(card.number(), card.password());

        assertThat(json(last).getString("declineReason")).as(last.toString()).isEqualTo("CARD_LOCKED");
        assertThat(json(last).getString("passwordCheck")).as("the fifth password was compared")
                .isEqualTo("NOT_MATCHED");
        Instant lockedUntil = Instant.parse(json(last).getString("lockedUntil"));
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(25)),
                Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(right.status()).isEqualTo(200);
        assertThat(json(right).getString("declineReason")).isEqualTo("CARD_LOCKED");
        assertThat(json(right).getString("passwordCheck")).as("the lock refuses every password").isEqualTo("NOT_CHECKED");
        assertThat(json(right).getBoolean("passwordMatched")).isFalse();
        assertThat(json(right).getString("message")).contains("locked");
        assertThat(statement.status()).as(statement.toString()).isEqualTo(423);
        assertThat(json(statement).getString("type")).endsWith("/card-locked");
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isZero();
    }

    @Test
    void statementWithAWrongPasswordIsRefusedAndCounts() {
        TestCard card = credit().issue(10_000, "EUR");

        Http.Reply wrong = credit().statement(card.number(), "wrong");
        Http.Reply payment = credit().pay(ActingMall.instructions(100, "EUR"), card.number(), "wrong again");

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(json(wrong).getString("type")).endsWith("/card-rejected");
        assertThat(json(payment).getInt("attemptsLeft")).isEqualTo(3);
    }

    @Test
    void instructionsThatDoNotVerifyAreProblemsAndChangeNothing() {
        TestCard card = credit().issue(10_000, "EUR");
        String genuine = ActingMall.instructions(1_000, "EUR");
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + ActingMall.instructions(1, "EUR").split("\\.")[1] + "." + parts[2];
        KeyRing stranger = KeyRing.generate(new SecureRandom());
        Instant soon = Instant.now().plus(Duration.ofMinutes(10));
        Map<String, String> expectedTypes = Map.of(
                "not-a-jws", "signature-malformed",
                tampered, "signature-invalid",
                ActingMall.signedAs("mall", stranger, ActingMall.purchaseId(), 1_000, "EUR", "credit", soon),
                "signature-unknown-key",
                ActingMall.signedAs("mall", TestParties.keys(TestParties.MALL), ActingMall.purchaseId(), 1_000, "EUR",
                        "other-credit", soon), "signature-wrong-audience",
                ActingMall.signedAs("mall", TestParties.keys(TestParties.MALL), ActingMall.purchaseId(), 1_000, "EUR",
                        "credit", Instant.now().minus(Duration.ofMinutes(5))), "signature-expired",
                ActingMall.signedAs("bazaar", stranger, ActingMall.purchaseId(), 1_000, "EUR", "credit", soon),
                "signature-unknown-issuer",
                ActingMall.signedAs("shipping", TestParties.keys(TestParties.SHIPPING), ActingMall.purchaseId(), 1_000,
                        "EUR", "credit", soon), "signature-unknown-issuer");

        expectedTypes.forEach((instructions, type) -> {
            Http.Reply reply = credit().pay(instructions, card.number(), card.password());
            assertThat(reply.status()).as(type + ": " + reply).isBetween(400, 499);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(json(reply).getString("type")).as(reply.toString()).endsWith("/" + type);
        });
        assertThat(credit().balance(card)).isEqualTo(10_000);
        assertThat(credit().held(card)).isZero();
        assertThat(json(credit().pay(genuine, card.number(), "wrong")).getInt("attemptsLeft"))
                .as("rejected instructions never reached the password check").isEqualTo(4);
    }

    @Test
    void aBurstOfConcurrentPaymentsNeverHoldsMoreThanAvailableAndConservesMoney() throws Exception {
        TestCard card = credit().issue(10_000, "EUR");
        int threads = 16;
        int perThread = 10;
        long sum = 97;
        long total = sum + FEE;
        List<Callable<List<Http.Reply>>> buyers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            buyers.add(() -> {
                List<Http.Reply> replies = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    replies.add(credit().pay(ActingMall.instructions(sum, "EUR"), card.number(), card.password()));
                }
                return replies;
            });
        }

        List<Http.Reply> replies = runAll(buyers);

        assertThat(replies).hasSize(threads * perThread)
                .allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        long approved = replies.stream().filter(r -> json(r).getString("outcome").equals("APPROVED")).count();
        long declined = replies.stream().filter(r -> "INSUFFICIENT_BALANCE".equals(json(r).getString("declineReason", null))).count();
        assertThat(credit().balance(card)).as("holds debit nothing").isEqualTo(10_000);
        long available = credit().available(card);
        assertThat(available).isGreaterThanOrEqualTo(0).isLessThan(total);
        assertThat(credit().held(card)).as("held = approved goods and fees").isEqualTo(approved * total);
        assertThat(available + approved * total).as("initial = available + approved").isEqualTo(10_000);
        assertThat(approved).isEqualTo(10_000 / total);
        CreditRows.assertBooksBalance(card.id(), 10_000);
        assertThat(approved + declined).isEqualTo(threads * perThread);
    }

    @Test
    void concurrentFirstPaymentsOfOnePurchaseHoldOnce() throws Exception {
        TestCard first = credit().issue(10_000, "EUR");
        TestCard second = credit().issue(10_000, "EUR");
        String instructions = ActingMall.instructions(700, "EUR");
        List<Callable<List<Http.Reply>>> buyers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            TestCard card = t % 2 == 0 ? first : second;
            buyers.add(() -> List.of(credit().pay(instructions, card.number(), card.password())));
        }

        List<Http.Reply> replies = runAll(buyers);

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
            assertThat(json(reply).getString("outcome")).isEqualTo("APPROVED");
        });
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(credit().balance(first) + credit().balance(second)).isEqualTo(20_000);
        assertThat(credit().held(first) + credit().held(second)).isEqualTo(700 + FEE);
    }

    private static List<Http.Reply> runAll(List<Callable<List<Http.Reply>>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Http.Reply> all = new ArrayList<>();
            for (Future<List<Http.Reply>> done : pool.invokeAll(tasks)) {
                all.addAll(done.get(5, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedRequestsAreProblemsNeverServerErrors() {
        Http http = credit().http();
        Http.Reply badNumber = credit().pay(ActingMall.instructions(100, "EUR"), "4111 1111 1111 1112", "pw");
        Http.Reply missing = http.post("api/settlements", "{}");
        Http.Reply broken = http.post("api/settlements", "{\"instructions\": ");
        Http.Reply wrongTypes = http.post("api/settlements", "{\"instructions\": 5, \"cardNumber\": [], \"password\": {}}");

        for (Http.Reply reply : new Http.Reply[]{badNumber, missing, broken, wrongTypes}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        }
        assertThat(json(badNumber).getString("detail")).contains("cardNumber").doesNotContain("4111");
    }

    @Test
    void issuingCardsNeedsTheOperatorAndKeysArePublished() {
        Http.Reply anonymous = credit().http().post("api/cards",
                "{\"customerName\":\"Mallory\",\"limit\":{\"amount\":100,\"currency\":\"EUR\"},\"password\":\"password1\"}");
        Http.Reply tooShort = credit().http().asOperator().post("api/cards",
                "{\"customerName\":\"Bob\",\"limit\":{\"amount\":100,\"currency\":\"EUR\"},\"password\":\"short\"}");
        Http.Reply keys = credit().http().get("api/keys");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(tooShort.status()).as(tooShort.toString()).isEqualTo(400);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().asJsonObject().getJsonArray("keys").getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("crv")).contains("X25519", "Ed25519");
    }
}
