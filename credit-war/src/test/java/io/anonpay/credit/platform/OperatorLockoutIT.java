package io.anonpay.credit.platform;

import io.anonpay.credit.CreditDeployment;
import io.anonpay.it.Http;
import io.anonpay.testhttp.JsonHttp;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed operator logins lock the operator account: every request with its name answers 429 operator-locked
 * with Retry-After, the right password too; retries do not lengthen the lock; once it has run out the right password
 * works again and a wrong one starts a fresh count. The suite's other tests send wrong operator passwords too, so
 * this deployment has an operator of its own (a fresh name each run) and the lockout's settings (five failures,
 * 30 s) above the run's environment, which keeps the shared operator from locking.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorLockoutIT {

    private static final String OPERATOR = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    private static final long LOCK_SECONDS = 30;
    private static final String AUDIT = "api/operator/audit?limit=200";
    private static final String FAILED = "operator.login https://anonpay.io/problems/operator-credential-required";
    private static final String REFUSED = "operator.login https://anonpay.io/problems/operator-locked";
    private static final String LOCKED = "operator.lockout https://anonpay.io/problems/operator-locked";

    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "lockout-settings.jar")
                .addAsManifestResource(new StringAsset(String.join("\n",
                        "config_ordinal=500",
                        "operator.user=" + OPERATOR,
                        "anonpay.operator.lockout.failures=5",
                        "anonpay.operator.lockout.window=PT10M",
                        "anonpay.operator.lockout.duration=PT" + LOCK_SECONDS + "S")), "microprofile-config.properties");
        return CreditDeployment.packaged().addAsLibrary(settings);
    }

    @ArquillianResource
    URL base;

    @Test
    void fiveFailedLoginsLockTheAccountUntilItsTimeHasRunOut() throws Exception {
        long before = newestId(operator().get("api/operator/audit?limit=1").expect(200).object());
        for (int failure = 1; failure <= 5; failure++) {
            wrongPassword().get(AUDIT).expect(401);
        }

        Http.Reply rightWhileLocked = operator().get(AUDIT).expect(429);
        assertThat(rightWhileLocked.object().getString("type")).isEqualTo("https://anonpay.io/problems/operator-locked");
        long retryAfter = Long.parseLong(rightWhileLocked.retryAfter());
        assertThat(retryAfter).isBetween(1L, LOCK_SECONDS);
        Http.Reply wrongWhileLocked = wrongPassword().post("api/cards", "{}").expect(429);
        assertThat(Long.parseLong(wrongWhileLocked.retryAfter())).as("retries do not lengthen the lock")
                .isLessThanOrEqualTo(retryAfter);

        JsonObject trail = waitOutTheLock();
        wrongPassword().get(AUDIT).expect(401);

        List<String> rows = rowsOfThisOperator(trail, before);
        assertThat(rows.subList(0, 6)).containsExactly(FAILED, FAILED, FAILED, FAILED, FAILED, LOCKED);
        assertThat(rows.subList(6, rows.size())).hasSizeGreaterThanOrEqualTo(2).containsOnly(REFUSED);
        assertThat(operator().get("api/operator/audit?limit=1").expect(200).object().getJsonArray("entries")
                .getJsonObject(0).getString("outcome"))
                .as("a lock that ran out starts a fresh count: the wrong password after it is a plain failure")
                .isEqualTo("https://anonpay.io/problems/operator-credential-required");
    }

    /** Asks with the right password, after each Retry-After, until the account opens: the trail it then reads. */
    private JsonObject waitOutTheLock() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            Http.Reply reply = operator().get(AUDIT).expect(200, 429);
            if (reply.status() == 200) {
                return reply.object();
            }
            Thread.sleep(Long.parseLong(reply.retryAfter()) * 1000);
        }
        throw new AssertionError("the operator account stayed locked after ten times its Retry-After");
    }

    /** This operator's rows newer than {@code id}, oldest first, as "action outcome". */
    private static List<String> rowsOfThisOperator(JsonObject page, long id) {
        List<String> rows = new ArrayList<>();
        for (JsonObject row : page.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            if (row.getJsonNumber("id").longValue() > id && row.getString("operator").equals(OPERATOR)) {
                rows.add(row.getString("action") + " " + row.getString("outcome"));
            }
        }
        Collections.reverse(rows);
        return rows;
    }

    private static long newestId(JsonObject page) {
        return page.getJsonArray("entries").isEmpty() ? 0
                : page.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonHttp operator() throws Exception {
        return Http.at(base.toURI()).as(OPERATOR, System.getenv("OPERATOR_PASSWORD"));
    }

    private JsonHttp wrongPassword() throws Exception {
        return Http.at(base.toURI()).as(OPERATOR, "not-the-operator-password-7Qx");
    }
}
