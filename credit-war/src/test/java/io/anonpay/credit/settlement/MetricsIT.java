package io.anonpay.credit.settlement;

import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditClient.TestCard;
import io.anonpay.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit company's {@code /metrics}: shut without the operator credential, Prometheus text with it, and the
 * figures of settlements, password checks and lockouts move with what the buyers do, naming none of them.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String APPROVED = "anonpay_settlements_total{outcome=\"approved\",reason=\"none\"}";
    private static final String BALANCE_TOO_LOW =
            "anonpay_settlements_total{outcome=\"declined\",reason=\"insufficient_balance\"}";
    private static final String MATCHED = "anonpay_password_checks_total{result=\"matched\"}";
    private static final String WRONG = "anonpay_password_checks_total{result=\"wrong\"}";
    private static final String LOCKOUTS = "anonpay_card_lockouts_total";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    private String metrics() {
        Http.Reply scraped = credit().http().asOperator().get("metrics");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain").contains("version=0.0.4");
        return scraped.body();
    }

    /** The sample's value in Prometheus text; 0 when the series has not appeared yet. */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).orElse(0.0);
    }

    @Test
    void withoutTheOperatorCredentialTheMetricsAreAProblem() {
        Http.Reply anonymous = credit().http().get("metrics");
        Http.Reply wrong = credit().http().as("operator", "not the password").get("metrics");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isCompleteProblem()).as(anonymous.toString()).isTrue();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theOutboxIsReadAtEachScrape() {
        String text = metrics();

        assertThat(text).contains("# TYPE anonpay_outbox_backlog gauge")
                .contains("# TYPE anonpay_outbox_oldest_age_seconds gauge");
        assertThat(value(text, "anonpay_outbox_backlog")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void settlementsAndPasswordChecksAreCountedByOutcomeWithoutNamingAnyone() {
        String before = metrics();
        TestCard rich = credit().issue(10_000, "EUR");
        TestCard poor = credit().issue(100, "EUR");
        String purchaseId = ActingMall.purchaseId();
        String instructions = ActingMall.instructions(purchaseId, 2_500, "EUR");

        assertThat(credit().pay(instructions, rich.number(), "a wrong guess").status()).isEqualTo(200);
        assertThat(credit().pay(instructions, rich.number(), rich.password()).status()).isEqualTo(201);
        assertThat(credit().pay(instructions, rich.number(), rich.password()).status()).as("a repeat").isEqualTo(200);
        assertThat(credit().pay(ActingMall.instructions(2_500, "EUR"), poor.number(), poor.password()).status())
                .isEqualTo(201);
        String after = metrics();

        assertThat(value(after, APPROVED) - value(before, APPROVED)).as("a repeat is not a new settlement")
                .isEqualTo(1);
        assertThat(value(after, BALANCE_TOO_LOW) - value(before, BALANCE_TOO_LOW)).isEqualTo(1);
        assertThat(value(after, MATCHED) - value(before, MATCHED)).isEqualTo(3);
        assertThat(value(after, WRONG) - value(before, WRONG)).isEqualTo(1);
        assertThat(after).doesNotContain(rich.number()).doesNotContain(rich.number().substring(12))
                .doesNotContain(rich.customerName()).doesNotContain(purchaseId).doesNotContain(rich.password());
    }

    @Test
    void theFifthWrongPasswordLocksTheCardOnceAndTheLockoutIsCounted() {
        TestCard card = credit().issue(10_000, "EUR");
        String instructions = ActingMall.instructions(100, "EUR");
        String before = metrics();

        for (int attempt = 1; attempt <= 6; attempt++) {
            credit().pay(instructions, card.number(), "guess " + attempt);
        }
        String after = metrics();

        assertThat(value(after, LOCKOUTS) - value(before, LOCKOUTS)).isEqualTo(1);
        assertThat(value(after, WRONG) - value(before, WRONG)).isEqualTo(5);
        assertThat(value(after, "anonpay_password_checks_total{result=\"locked\"}")
                - value(before, "anonpay_password_checks_total{result=\"locked\"}")).isEqualTo(1);
    }
}
